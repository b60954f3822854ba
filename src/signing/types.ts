/**
 * The one small interface the USB-token steps talk to. One implementation per plugin protocol
 * (vgca.ts, vnpt-ca.ts) and a fake for the demo page, Storybook and tests (fake.ts).
 */

export type PluginProtocol = 'vgca' | 'vnpt-ca';

export interface PluginInfo {
  /** The plugin's version as it reports it, when it does (the format is not documented anywhere). */
  readonly version?: string;
}

/** What is signed: a SHA-256 digest the page computed from the backend's challenge (challenge.ts). */
export interface SignRequest {
  /** Base64 SHA-256 digest of the to-be-signed bytes. */
  readonly digest: string;
}

export interface SignedChallenge {
  /** Base64 signature over the digest, as the plugin returns it. */
  readonly signature: string;
  /** Base64 DER certificate of the signing key, as the plugin returns it (the backend checks it). */
  readonly certificate: string;
}

export interface PluginCallOptions {
  readonly signal?: AbortSignal;
}

export interface SigningPlugin {
  readonly protocol: PluginProtocol | 'fake';
  /** Resolves when a plugin answers within about 3 s; throws SigningError otherwise. */
  probe(options?: PluginCallOptions): Promise<PluginInfo>;
  /** Asks the plugin to sign; its own window asks for the PIN. Throws SigningError on any failure. */
  sign(request: SignRequest, options?: PluginCallOptions): Promise<SignedChallenge>;
}

/** Limits every adapter keeps. Probe: all of it within 3 s. Sign: time to find and type the PIN. */
export const PLUGIN_TIMEOUTS = { probeMs: 3_000, signMs: 120_000 } as const;

export interface AdapterOptions {
  /** The plugin's address (plugin-url); each adapter has its own default. */
  readonly url?: string;
  readonly probeTimeoutMs?: number;
  readonly signTimeoutMs?: number;
  /** VNPT-CA only: the portal's domain licence (a VNPT-signed string). */
  readonly licence?: string;
  /** VNPT-CA only: the site name the plugin checks the licence against. Default: location.hostname. */
  readonly domain?: string;
}
