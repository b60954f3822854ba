/** Services reach the steps through context, so stories and tests can provide fakes. */
import { createContext } from '@lit/context';
import type { RegisterConfig } from '../register/config.js';
import type { RegistrationApi } from './types.js';

export const apiContext = createContext<RegistrationApi>(Symbol('dvc-register-api'));
export const configContext = createContext<RegisterConfig>(Symbol('dvc-register-config'));
