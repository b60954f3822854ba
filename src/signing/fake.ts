/**
 * A fake local signing plugin for the demo page, Storybook and tests: no socket, no token. Its
 * "signature" is HMAC-SHA256 over the digest with a key the mock backend also knows
 * (src/mocks/signing.ts), so the mock accepts exactly what this fake signed over the challenge the
 * mock issued, and nothing else. Its "certificate" is the fake's own format (base64 JSON), which
 * only the mock backend reads. Every failure mode here is the fake's own choice of behaviour, not
 * a real plugin's code (docs/signing.md).
 */
import { bytesToBase64, base64ToBytes } from './challenge.js';
import { SigningError } from './errors.js';
import type { PluginCallOptions, PluginInfo, SignedChallenge, SigningPlugin, SignRequest } from './types.js';

/** Not a secret: the demo's and the mock's shared make-believe key. */
export const FAKE_PLUGIN_KEY = 'dvc-register fake plugin key, demo and tests only';
export const FAKE_CERTIFICATE_FORMAT = 'dvc-register-fake-certificate';

export type FakePluginMode =
  | 'ready'
  | 'missing'
  | 'outdated'
  | 'no-token'
  | 'cancel'
  | 'pin-locked'
  | 'domain-refused'
  | 'timeout'
  | 'unknown-error';

export const FAKE_PLUGIN_MODES: readonly FakePluginMode[] = [
  'ready',
  'missing',
  'outdated',
  'no-token',
  'cancel',
  'pin-locked',
  'domain-refused',
  'timeout',
  'unknown-error',
];

/** Whose certificate is on the fake token. */
export type FakeHolder = 'citizen' | 'business' | 'agency';
/** What the mock backend finds when it checks the fake certificate's status and dates. */
export type FakeCertificateState = 'valid' | 'expired' | 'not-yet-valid' | 'revoked';

export interface FakeCertificate {
  readonly format: typeof FAKE_CERTIFICATE_FORMAT;
  readonly subject: string;
  readonly issuer: string;
  readonly serial: string;
  readonly notBefore: string;
  readonly notAfter: string;
  readonly state: FakeCertificateState;
}

const SUBJECTS: Record<FakeHolder, string> = {
  citizen: 'CN=NGUYỄN VĂN AN, UID=CCCD:001099012345, L=Hà Nội, C=VN',
  business: 'CN=CÔNG TY TNHH THƯƠNG MẠI AN PHÁT, UID=MST:0100233488, L=Hà Nội, C=VN',
  agency: 'CN=SỞ TƯ PHÁP TỈNH BẮC NINH, UID=MNS:1012345, L=Bắc Ninh, C=VN',
};

export const FAKE_VERSION = '2.1.0';
export const FAKE_OLD_VERSION = '1.0.0';

export function fakeCertificate(holder: FakeHolder, state: FakeCertificateState): FakeCertificate {
  const year = new Date().getUTCFullYear();
  const [notBefore, notAfter] =
    state === 'expired'
      ? [`${year - 3}-01-01`, `${year - 1}-01-01`]
      : state === 'not-yet-valid'
        ? [`${year + 1}-01-01`, `${year + 3}-01-01`]
        : [`${year - 1}-01-01`, `${year + 2}-01-01`];
  return {
    format: FAKE_CERTIFICATE_FORMAT,
    subject: SUBJECTS[holder],
    issuer: 'CN=FAKE CA (demo only), O=dvc-register, C=VN',
    serial: `54${holder.length}0FAKE${state.length}`,
    notBefore,
    notAfter,
    state,
  };
}

export function encodeFakeCertificate(certificate: FakeCertificate): string {
  return bytesToBase64(new TextEncoder().encode(JSON.stringify(certificate)));
}

/** The fake certificate in a base64 string, or undefined when it is not one. */
export function decodeFakeCertificate(base64: string): FakeCertificate | undefined {
  try {
    const value = JSON.parse(new TextDecoder().decode(base64ToBytes(base64))) as Partial<FakeCertificate>;
    return value?.format === FAKE_CERTIFICATE_FORMAT && typeof value.subject === 'string' ? (value as FakeCertificate) : undefined;
  } catch {
    return undefined;
  }
}

/** HMAC-SHA256 over the digest bytes with FAKE_PLUGIN_KEY, base64. */
export async function fakeSignature(digestBase64: string, key = FAKE_PLUGIN_KEY): Promise<string> {
  const cryptoKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return bytesToBase64(await crypto.subtle.sign('HMAC', cryptoKey, base64ToBytes(digestBase64) as BufferSource));
}

export interface FakePluginSettings {
  mode: FakePluginMode;
  holder: FakeHolder;
  certificate: FakeCertificateState;
  /** Milliseconds each call takes, so busy states show on the demo page. */
  delayMs: number;
}

export class FakeSigningPlugin implements SigningPlugin {
  readonly protocol = 'fake' as const;
  settings: FakePluginSettings;
  /** Digests signed so far, newest last (tests look at them). */
  readonly signed: string[] = [];

  constructor(settings: Partial<FakePluginSettings> = {}) {
    this.settings = { mode: 'ready', holder: 'citizen', certificate: 'valid', delayMs: 0, ...settings };
  }

  async probe(options: PluginCallOptions = {}): Promise<PluginInfo> {
    await this.wait(options.signal);
    const { mode } = this.settings;
    if (mode === 'missing') throw new SigningError('not_installed');
    return { version: mode === 'outdated' ? FAKE_OLD_VERSION : FAKE_VERSION };
  }

  async sign(request: SignRequest, options: PluginCallOptions = {}): Promise<SignedChallenge> {
    await this.wait(options.signal);
    switch (this.settings.mode) {
      case 'missing':
        throw new SigningError('not_installed');
      case 'no-token':
        throw new SigningError('no_certificate');
      case 'cancel':
        throw new SigningError('cancelled');
      case 'pin-locked':
        throw new SigningError('pin_locked');
      case 'domain-refused':
        throw new SigningError('domain_refused', { pluginCode: 'fake-licence' });
      case 'timeout':
        throw new SigningError('timeout');
      case 'unknown-error':
        throw new SigningError('plugin_error', { pluginCode: 'FAKE-42', pluginMessage: 'Lỗi giả lập <b>không rõ</b>' });
      default:
        break;
    }
    this.signed.push(request.digest);
    return {
      signature: await fakeSignature(request.digest),
      certificate: encodeFakeCertificate(fakeCertificate(this.settings.holder, this.settings.certificate)),
    };
  }

  private async wait(signal?: AbortSignal): Promise<void> {
    if (this.settings.delayMs <= 0) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, this.settings.delayMs);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
    });
  }
}
