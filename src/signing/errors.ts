/**
 * Every way a local signing plugin can fail, as one typed error with a stable code. The USB steps
 * map each code to a fix-it screen of its own; nothing a plugin says is ever shown as HTML.
 */
export const SIGNING_ERROR_CODES = [
  /** Nothing answers on the plugin's address: not installed, or not running. */
  'not_installed',
  /** The plugin answers, but its version is below the configured minimum. */
  'outdated',
  /** The plugin refused this site (VNPT-CA's domain-bound licence). */
  'domain_refused',
  /** No token inserted, or no certificate on it. */
  'no_certificate',
  /** The person closed the plugin's PIN dialog. */
  'cancelled',
  /** The token's PIN is locked after too many wrong tries. */
  'pin_locked',
  /** The plugin did not answer in time. */
  'timeout',
  /** The plugin answered something this adapter cannot read (a protocol it does not speak). */
  'bad_reply',
  /** Any other failure the plugin reports; `pluginCode` and `pluginMessage` say which, as text. */
  'plugin_error',
] as const;

export type SigningErrorCode = (typeof SIGNING_ERROR_CODES)[number];

export class SigningError extends Error {
  override readonly name = 'SigningError';
  readonly code: SigningErrorCode;
  /** The plugin's own status or code, when it gave one (shown as text on the fix-it screen). */
  readonly pluginCode: string | undefined;
  /** The plugin's own words, when it gave any (never rendered as HTML). */
  readonly pluginMessage: string | undefined;

  constructor(code: SigningErrorCode, init: { pluginCode?: string | number; pluginMessage?: string } = {}) {
    // The plugin's code is in `pluginCode`, not repeated here (the token's chunk is at its budget).
    super(`Signing plugin: ${code}`);
    this.code = code;
    this.pluginCode = init.pluginCode === undefined ? undefined : String(init.pluginCode);
    this.pluginMessage = typeof init.pluginMessage === 'string' && init.pluginMessage.trim() !== '' ? init.pluginMessage.trim() : undefined;
  }
}

export function isSigningError(error: unknown): error is SigningError {
  return error instanceof SigningError;
}
