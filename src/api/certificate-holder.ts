/**
 * Who a verified certificate belongs to (docs/openapi.yaml CertificateHolder), as the backend read it
 * from the certificate: one shape for the USB token (certificate-registration.ts) and remote signing
 * (remote-signing-checks.ts), so both load this small module and the one holder view.
 */
import type { components } from '../generated/api-schema.js';

export type CertificateHolder = components['schemas']['CertificateHolder'];
export type HolderKind = components['schemas']['HolderKind'];

const isString = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isCertificateHolder(v: unknown): v is CertificateHolder {
  if (!isRecord(v) || !isRecord(v['identifier']) || !isRecord(v['certificate'])) return false;
  const c = v['certificate'];
  return (
    (v['kind'] === 'person' || v['kind'] === 'organization') &&
    isString(v['name']) &&
    isString(v['identifier']['type']) &&
    isString(v['identifier']['value']) &&
    isString(c['issuer']) &&
    isString(c['serialNumber']) &&
    isString(c['notBefore']) &&
    isString(c['notAfter'])
  );
}

/** The kind of holder a subject needs: a citizen signs as a person, businesses and agencies as organisations. */
export function holderKindFor(subject: components['schemas']['Subject']): HolderKind {
  return subject === 'citizen' ? 'person' : 'organization';
}
