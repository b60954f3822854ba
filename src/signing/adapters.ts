/** The adapter the configuration names; loaded with the USB steps, never on first load. */
import type { SigningPlugin, AdapterOptions, PluginProtocol } from './types.js';
import { VgcaPlugin } from './vgca.js';
import { VnptCaPlugin } from './vnpt-ca.js';

export function createSigningPlugin(protocol: PluginProtocol, options: AdapterOptions = {}): SigningPlugin {
  return protocol === 'vnpt-ca' ? new VnptCaPlugin(options) : new VgcaPlugin(options);
}
