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
