/**
 * VNPT SmartCA for businesses is unconfirmed (registration-flows.md): the portal decides with
 * `smartca-subjects`. Pure data, applied to the offer after the method lists are read.
 */
import type { Method, Offer, Subject } from '../flow/catalog.js';

/**
 * Offered only when the portal lists them in `methods`: they need the backend's remote-signing
 * endpoints and a contract with the signing providers, which a portal may not have.
 */
export const OPT_IN_METHODS: readonly Method[] = ['sim', 'smartca'];

export const SMARTCA_SUBJECTS: readonly Subject[] = ['citizen', 'business'];
export const DEFAULT_SMARTCA_SUBJECTS: readonly Subject[] = ['citizen'];

/** The offer without SmartCA for subjects not allowed it; subjects left with nothing are dropped. */
export function limitSmartca(offer: Offer, allowed: readonly Subject[]): Offer {
  const methods: Partial<Record<Subject, readonly Method[]>> = {};
  for (const subject of offer.subjects) {
    const list = (offer.methods[subject] ?? []).filter((m) => m !== 'smartca' || allowed.includes(subject));
    if (list.length > 0) methods[subject] = list;
  }
  return { subjects: offer.subjects.filter((s) => methods[s] !== undefined), methods };
}
