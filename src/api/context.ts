/** Services reach the steps through context, so stories and tests can provide fakes. */
import { createContext } from '@lit/context';
import type { RegisterConfig } from '../register/config.js';
import type { RegistrationApi } from './types.js';
import type { SigningPlugin } from '../signing/types.js';

export const apiContext = createContext<RegistrationApi>(Symbol('dvc-register-api'));
export const configContext = createContext<RegisterConfig>(Symbol('dvc-register-config'));

/**
 * The local signing plugin of the USB-token method: the host gives the one it was handed
 * (`signingPlugin`: the demo's fake, a story's, a test's); without one the USB steps load the
 * adapter the `plugin` attribute names, on demand.
 */
export const signingPluginContext = createContext<SigningPlugin | undefined>(Symbol('dvc-register-signing-plugin'));
