/**
 * The USB steps after signing (src/steps/certificate/) load on demand: the USB steps start the
 * download as soon as the first of them is shown, so it has long arrived when the signature is
 * accepted. The host waits for it on arrival at the details step and, when it could not be
 * downloaded, shows "could not load, try again" there (src/register/lazy-steps.ts).
 */
import { lazyChunk } from '../../loading/chunk.js';
import { STEP_CHUNKS } from '../../register/lazy-steps.js';

export const afterSigning = lazyChunk('usb-after-signing', () => import('../certificate/index.js'));

STEP_CHUNKS['certificate-details'] = STEP_CHUNKS['certificate-done'] = afterSigning;
