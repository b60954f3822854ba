/**
 * What the USB-token journey loads when it is chosen: the plugin check and signing steps, the
 * plugin adapters, the certificate holder view, contact details and done (its steps: flow/catalog.ts).
 */
import '../steps/usb/index.js';
