/**
 * dvc-register/validation: the widget's field rules as a DOM-free module, for the widget itself
 * and for an integrator's Node backend (`import { parseCccd } from 'dvc-register/validation'`).
 * No Lit, no DOM, no messages: parsers return codes; the widget's texts live in messages.ts,
 * which this entry deliberately does not export.
 */
export * from './rules.js';
export {
  bhxhSchema,
  birthDateSchema,
  captchaSchema,
  cccdSchema,
  emailSchema,
  makePasswordFormSchema,
  makePhoneRegistrationDetailsSchema,
  mstSchema,
  nameSchema,
  otpSchema,
  passwordSchema,
  phoneRegistrationDetailsSchema,
  phoneSchema,
  schemaFrom,
  type PhoneRegistrationDetails,
  type PhoneRegistrationOptions,
} from './schemas.js';
