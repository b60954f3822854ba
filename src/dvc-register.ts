/**
 * The widget's core: defines <dvc-register> and nothing else. Portal pages load the loader
 * (src/platform/loader.ts, built as dist/dvc-register.js), which imports this once the browser
 * passes its checks. Loading it twice is harmless (define() checks first).
 */
import { DvcRegister } from './register/dvc-register.js';
import { define } from './register/define.js';

define('dvc-register', DvcRegister);

// Types only: the package's entry (dist/dvc-register.js) is the loader (src/platform/loader.ts),
// which imports this module on demand and so exports no value. Wait for the element with
// customElements.whenDefined('dvc-register').
export type { DvcRegister };
export type { CompleteDetail } from './events/complete.js';
export type { StepChangeDetail } from './events/step-change.js';
export type { DvcCompleteEvent } from './events/complete.js';
export type { DvcBeforeStepChangeEvent, DvcStepChangeEvent } from './events/step-change.js';
export type { DvcVneidRedirectEvent, VneidRedirectDetail } from './events/vneid-redirect.js';
export type { DvcRegisterAttributes, DvcRegisterEventMap } from './register/public-types.js';
export type { RegistrationApi } from './api/types.js';
export type { SigningPlugin } from './signing/types.js';
