/**
 * The certificate calls for the USB steps (the host's own `api` when it offers them, else the fetch
 * client for the configuration), from a module that loads on demand (a Chunk, with the retry that
 * really fetches again): the USB steps start it when the first of them is shown, long before the
 * signature needs it; a download that failed fails the call as a network failure would, whose
 * "try again" asks for it again.
 */
import type { CertificateRegistrationApi } from '../../api/certificate-registration.js';
import type { RegistrationApi } from '../../api/types.js';
import { lazyChunk } from '../../loading/chunk.js';
import { currentLocale } from '../../localization/locale.js';
import type { RegisterConfig } from '../../register/config.js';

export const certificateClient = lazyChunk('certificate-client', () => import('../../api/fetch-certificate-registration.js'));

export async function certificateApiFor(api: RegistrationApi | undefined, config: RegisterConfig | undefined): Promise<CertificateRegistrationApi> {
  return (await certificateClient.load()).certificateApiFor(api, config, currentLocale);
}
