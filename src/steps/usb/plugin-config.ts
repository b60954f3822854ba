/**
 * The local signing plugin's attributes (plugin, plugin-url, plugin-download-windows,
 * plugin-download-macos, plugin-min-version, plugin-licence), read by the USB-token steps when
 * they load: only they use them, so the first load does not carry their rules. Each problem falls
 * back to its default with one console warning, as every other attribute's does (config.ts).
 */
import { ATTRIBUTES, type ConfigAttributes, type ConfigWarning, type RegisterConfig } from '../../register/config.js';
import { printWarnings } from '../../register/print-warnings.js';
import { LOOPBACK_HOSTS } from '../../vneid/config.js';

export type PluginProtocol = 'vgca' | 'vnpt-ca';

/** Protocol and loopback URL; installer links, minimum version and VNPT-CA licence only when set. */
export interface PluginConfig {
  readonly protocol: PluginProtocol;
  readonly url?: string;
  readonly downloads?: { readonly windows?: string; readonly macos?: string };
  readonly minVersion?: string;
  readonly licence?: string;
}

export function parsePluginConfig(attrs: Partial<ConfigAttributes>): { plugin: PluginConfig; warnings: ConfigWarning[] } {
  const warnings: ConfigWarning[] = [];
  const warn = (attr: string, value: string) => warnings.push({ code: 'ignored', attr, value });

  let protocol: PluginProtocol = 'vgca';
  if (attrs.plugin != null) {
    const v = attrs.plugin.trim().toLowerCase();
    if (v === 'vgca' || v === 'vnpt-ca') protocol = v;
    else warn(ATTRIBUTES.plugin, attrs.plugin);
  }
  const plugin: { -readonly [K in keyof PluginConfig]: PluginConfig[K] } = { protocol };
  if (attrs.pluginUrl != null) {
    // The plugin listens on this computer only; anything else would leak the challenge elsewhere.
    if (urlOf(attrs.pluginUrl, 'wss:', LOOPBACK_HOSTS)) plugin.url = attrs.pluginUrl.trim();
    else warn(ATTRIBUTES.pluginUrl, attrs.pluginUrl);
  }
  const downloads: { windows?: string; macos?: string } = {};
  for (const [os, value] of [
    ['windows', attrs.pluginDownloadWindows],
    ['macos', attrs.pluginDownloadMacos],
  ] as const) {
    // Installers are downloaded over https only: the person runs what comes from there.
    if (value == null) continue;
    const url = value.trim();
    if (url.startsWith('https://') && urlOf(url, 'https:')) downloads[os] = url;
    else warn(`plugin-download-${os}`, value);
  }
  if (downloads.windows || downloads.macos) plugin.downloads = downloads;
  if (attrs.pluginMinVersion != null) {
    if (/^\d+(\.\d+){0,3}$/.test(attrs.pluginMinVersion.trim())) plugin.minVersion = attrs.pluginMinVersion.trim();
    else warn(ATTRIBUTES.pluginMinVersion, attrs.pluginMinVersion);
  }
  if (attrs.pluginLicence?.trim()) plugin.licence = attrs.pluginLicence.trim();
  return { plugin, warnings };
}

/** Whether `value` is an absolute URL with this scheme (and one of these hosts, if given). */
function urlOf(value: string, protocol: string, hosts?: readonly string[]): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === protocol && (!hosts || hosts.includes(url.hostname));
  } catch {
    return false;
  }
}

const read = new WeakMap<RegisterConfig, PluginConfig>();
const printed = new Set<string>();

/**
 * The plugin configuration of a widget's configuration, read once per configuration (it is made
 * anew when an attribute changes); its warnings are printed then, each once per page.
 */
export function pluginConfig(config: RegisterConfig | undefined): PluginConfig {
  if (!config) return { protocol: 'vgca' };
  let plugin = read.get(config);
  if (!plugin) {
    const parsed = parsePluginConfig(config.attributes);
    printWarnings(parsed.warnings, printed);
    read.set(config, (plugin = parsed.plugin));
  }
  return plugin;
}
