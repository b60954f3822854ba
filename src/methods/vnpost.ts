/**
 * What the Vietnam Post journey loads when it is chosen: the shared form steps, the address picker
 * of its form, and its activation by SMS or by an emailed link (its steps: flow/catalog.ts).
 */
import './form-journey.js';
import '../fields/address-picker/address-picker.js';
import '../steps/activation/activation-step.js';
import '../steps/email-sent/email-sent-step.js';
