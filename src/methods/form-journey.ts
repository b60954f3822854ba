/**
 * The steps of every journey that starts with a details form and ends with a password: phone,
 * BHXH and, when activated by SMS, Vietnam Post. One chunk they share, loaded when one is chosen.
 */
import '../steps/details/details-step.js';
import '../steps/otp/otp-step.js';
import '../steps/password/password-step.js';
import '../steps/done/done-step.js';
