/**
 * The certificate steps after signing (contact details, done): a chunk of their own, so choosing
 * the USB token downloads only what comes before the signature. Fetched while the person checks the
 * plugin and signs (src/steps/usb/after-signing.ts).
 */
// Already loaded with the USB chunk; named so the bundler keeps the form parts in their one shared chunk.
import '../../methods/form-journey.js';
import './certificate-details-step.js';
import './certificate-done-step.js';
