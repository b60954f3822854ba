/** The USB-token method's steps, in one chunk loaded when the method is chosen (lazy-steps.ts). */
import './usb-plugin-step.js';
import './usb-sign-step.js';
import '../certificate/certificate-details-step.js';
import '../certificate/certificate-done-step.js';
