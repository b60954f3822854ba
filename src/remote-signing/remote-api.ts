/**
 * The remote-signing client for a configuration, loaded on demand (it builds on the fetch client,
 * which the host also loads on demand) and made once per configuration. A failed load is tried
 * again on the next call, as the host's own client does.
 */
import type { RemoteSigningApi } from '../api/types.js';
import { currentLocale } from '../localization/locale.js';
import type { RegisterConfig } from '../register/config.js';
import { lazyChunk } from '../loading/chunk.js';

/** A Chunk, so the next try after a failed download really fetches it again (src/loading/chunk.ts). */
const remoteClient = lazyChunk('remote-signing-client', () => import('./fetch-remote-signing-api.js'));

const clients = new WeakMap<object, Promise<RemoteSigningApi>>();
const NO_CONFIG = {};

export function remoteSigningApi(config: RegisterConfig | undefined): Promise<RemoteSigningApi> {
  const key = config ?? NO_CONFIG;
  let client = clients.get(key);
  if (!client) {
    client = remoteClient.load().then(
      (m) => new m.FetchRemoteSigningApi({ base: config?.apiBase ?? '/api/registration', timeout: config?.apiTimeout ?? 20_000, locale: currentLocale }),
    );
    clients.set(key, client);
    client.catch(() => clients.delete(key));
  }
  return client;
}
