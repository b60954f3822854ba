/**
 * What the USB-token journey loads when it is chosen: the plugin check and signing steps, the
 * plugin adapters, the certificate holder view, contact details and done (its steps: flow/catalog.ts).
 * It also takes the form journey's chunk: its contact step uses the same fields, captcha, alerts and
 * messages, and sharing that chunk whole (instead of splitting the parts out of it) keeps phone,
 * BHXH and Vietnam Post at one request and their size; the chunk is fetched once for all of them.
 */
import './form-journey.js';
import '../steps/usb/index.js';
// The holder view of the details step (which follows on demand): taken here, as remote signing
// does, it stays the one chunk the two certificate methods share, fetched once.
import '../fields/certificate-holder.js';
