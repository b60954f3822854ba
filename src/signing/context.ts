/**
 * The signing plugin reaches the USB steps through context, like the API client: the host gives
 * the one it was handed (`signingPlugin` property: the demo's fake, a story's, a test's), and
 * without one the steps load the adapter the `plugin` attribute names (adapters.ts), on demand.
 */
import { createContext } from '@lit/context';
import type { SigningPlugin } from './types.js';

export const signingPluginContext = createContext<SigningPlugin | undefined>(Symbol('dvc-register-signing-plugin'));
