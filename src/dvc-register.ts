/**
 * The script a portal page loads: defines <dvc-register> and nothing else.
 * Loading it twice is harmless (define() checks first).
 */
import { DvcRegister } from './register/dvc-register.js';
import { define } from './register/define.js';

define('dvc-register', DvcRegister);

export { DvcRegister };
export type { CompleteDetail } from './events/complete.js';
export type { StepChangeDetail } from './events/step-change.js';
export type { DvcCompleteEvent } from './events/complete.js';
export type { DvcBeforeStepChangeEvent, DvcStepChangeEvent } from './events/step-change.js';
export type { DvcVneidRedirectEvent, VneidRedirectDetail } from './events/vneid-redirect.js';
export type { DvcRegisterAttributes, DvcRegisterEventMap } from './register/public-types.js';
export type { RegistrationApi } from './api/types.js';
