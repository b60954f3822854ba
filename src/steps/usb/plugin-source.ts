/**
 * Where the USB steps get their plugin and download links from: what the host
 * provided (context), else what the configuration names. One adapter per configuration for the
 * page's life, so VNPT-CA's single socket is shared by the plugin check and the signing.
 */
import type { RegisterConfig } from '../../register/config.js';
import { pluginConfig } from './plugin-config.js';
import { createSigningPlugin } from '../../signing/adapters.js';
import type { SigningPlugin } from '../../signing/types.js';

const adapters = new Map<string, SigningPlugin>();

export function pluginFor(provided: SigningPlugin | undefined, config: RegisterConfig | undefined): SigningPlugin {
  if (provided) return provided;
  const plugin = pluginConfig(config);
  const key = JSON.stringify([plugin.protocol, plugin.url, plugin.licence]);
  let adapter = adapters.get(key);
  if (!adapter) {
    adapter = createSigningPlugin(plugin.protocol, {
      ...(plugin.url ? { url: plugin.url } : {}),
      ...(plugin.licence ? { licence: plugin.licence } : {}),
    });
    adapters.set(key, adapter);
  }
  return adapter;
}

/**
 * The plugin makers' own sites, used until the portal sets its links (plugin-download-windows,
 * plugin-download-macos). The direct installer addresses change with every release, so they are
 * configuration, never code.
 */
export const DEFAULT_DOWNLOADS = {
  vgca: { windows: 'https://ca.gov.vn/', macos: 'https://ca.gov.vn/' },
  'vnpt-ca': { windows: 'https://vnpt-ca.vn/', macos: 'https://vnpt-ca.vn/' },
} as const;

export type DesktopOs = 'windows' | 'macos';

export function downloadsFor(config: RegisterConfig | undefined): Record<DesktopOs, string> {
  const plugin = pluginConfig(config);
  const defaults = DEFAULT_DOWNLOADS[plugin.protocol];
  return { windows: plugin.downloads?.windows ?? defaults.windows, macos: plugin.downloads?.macos ?? defaults.macos };
}

/** The person's desktop system, when the browser says it; undefined on anything else. */
export function detectOs(nav: Navigator = navigator): DesktopOs | undefined {
  const platform = (nav as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform || nav.platform || nav.userAgent;
  if (/mac/i.test(platform)) return 'macos';
  if (/win/i.test(platform)) return 'windows';
  return undefined;
}
