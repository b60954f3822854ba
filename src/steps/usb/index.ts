/**
 * The USB-token method's steps, in one chunk loaded when the method is chosen (lazy-steps.ts); the
 * steps after signing follow on demand (after-signing.ts).
 */
import './usb-plugin-step.js';
import './usb-sign-step.js';
