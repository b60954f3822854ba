/**
 * The backend client loads with its first call, not with the first step: the subject and method
 * choices call nothing, so the fetch client, its error mapping and messages stay off the first load.
 * A Proxy keeps this generic over the interface: a call added to RegistrationApi needs no change here.
 */
import type { RegistrationApi } from './types.js';

export function lazyApi(load: () => Promise<RegistrationApi>): RegistrationApi {
  let loading: Promise<RegistrationApi> | undefined;
  const api = () =>
    (loading ??= load().catch((error: unknown) => {
      // A chunk that failed to load is tried again on the next call (the person presses retry).
      loading = undefined;
      throw error;
    }));
  return new Proxy({} as RegistrationApi, {
    get(_target, name) {
      // Not a thenable, not a symbol-keyed protocol: only the interface's methods.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) =>
        api().then((real) => (real[name as keyof RegistrationApi] as (...a: unknown[]) => unknown).apply(real, args));
    },
  });
}
