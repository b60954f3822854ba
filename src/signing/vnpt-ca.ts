/**
 * VNPT-CA Plugin: `wss://localhost:{4433,4434,4435}/plugin`, one socket for every call. Requests are
 * JSON `{functionID, funcCallback, args[], domain}`; replies are the text `<result>*<callback>`,
 * split on the last `*`. Sign results are JSON `{code, data, error}` with code 0 = OK,
 * 2 = certificate not found, 11 = cancelled. Sources and every assumption: docs/signing.md
 * ("VNPT-CA Plugin").
 */
import { SigningError } from './errors.js';
import { base64Field, deadlineIn, nextMessage, openSocket, parseJsonObject, type Deadline } from './socket.js';
import { PLUGIN_TIMEOUTS, type AdapterOptions, type PluginCallOptions, type PluginInfo, type SignedChallenge, type SigningPlugin, type SignRequest } from './types.js';

/** The library's first three ports: it gives up after them. */
export const VNPT_DEFAULT_URLS = [4433, 4434, 4435].map((port) => `wss://localhost:${port}/plugin`);

/** functionID values, confirmed in three public copies of the library. */
export const VNPT_FUNCTION = { getCertInfo: 0, setLicenseKey: 6, checkPlugin: 7, signHash: 9, getVersion: 11 } as const;

/** `code` values two public sources agree on; anything else is shown as the plugin's code. */
const CODE_OK = 0;
const CODE_NO_CERTIFICATE = 2;
const CODE_CANCELLED = 11;

export class VnptCaPlugin implements SigningPlugin {
  readonly protocol = 'vnpt-ca' as const;
  private socket: WebSocket | undefined;
  private counter = 0;
  /** The socket the licence was set on: a restarted plugin (a new socket) has forgotten it. */
  private licensed: WebSocket | undefined;

  constructor(private readonly options: AdapterOptions = {}) {}

  /** Tries the ports at once (the library tries them one by one, 3 s each); all within the probe time. */
  async probe({ signal }: PluginCallOptions = {}): Promise<PluginInfo> {
    const deadline = deadlineIn(this.options.probeTimeoutMs ?? PLUGIN_TIMEOUTS.probeMs);
    const socket = await this.connect(deadline, signal);
    const installed = await this.call(socket, VNPT_FUNCTION.checkPlugin, [], deadline, signal);
    if (installed !== '1') throw new SigningError('not_installed');
    // getVersion's format is unconfirmed: a version is kept only when it looks like one.
    const version = await this.call(socket, VNPT_FUNCTION.getVersion, [], deadline, signal).catch((error: unknown) => {
      if (error instanceof SigningError && error.code === 'timeout') return '';
      throw error;
    });
    return /^\d+(\.\d+){1,3}$/.test(version.trim()) ? { version: version.trim() } : {};
  }

  /** Licence (once), then the token's certificate (GetCertInfo), then signHash over the digest. */
  async sign(request: SignRequest, { signal }: PluginCallOptions = {}): Promise<SignedChallenge> {
    const deadline = deadlineIn(this.options.signTimeoutMs ?? PLUGIN_TIMEOUTS.signMs);
    const socket = await this.connect(deadlineIn(Math.min(this.options.probeTimeoutMs ?? PLUGIN_TIMEOUTS.probeMs, this.options.signTimeoutMs ?? Infinity)), signal);
    if (this.options.licence && this.licensed !== socket) {
      const reply = parseJsonObject(await this.call(socket, VNPT_FUNCTION.setLicenseKey, [this.options.licence], deadline, signal));
      // One public caller accepts 0 or 1 as "licence taken"; anything else: this site is refused.
      if (reply['code'] !== 0 && reply['code'] !== 1) {
        throw new SigningError('domain_refused', { pluginCode: String(reply['code']), ...messageOf(reply) });
      }
      this.licensed = socket;
    }
    const certText = await this.call(socket, VNPT_FUNCTION.getCertInfo, ['1'], deadline, signal);
    if (certText.trim() === '') throw new SigningError('no_certificate');
    const certificate = base64Field(parseJsonObject(certText)['base64']);
    if (!certificate) throw new SigningError('bad_reply');

    const result = parseJsonObject(await this.call(socket, VNPT_FUNCTION.signHash, [request.digest], deadline, signal));
    const code = result['code'];
    if (typeof code !== 'number') throw new SigningError('bad_reply');
    if (code === CODE_NO_CERTIFICATE) throw new SigningError('no_certificate', { pluginCode: code });
    if (code === CODE_CANCELLED) throw new SigningError('cancelled', { pluginCode: code });
    if (code !== CODE_OK) throw new SigningError('plugin_error', { pluginCode: code, ...messageOf(result) });
    const signature = base64Field(result['data']);
    if (!signature) throw new SigningError('bad_reply');
    return { signature, certificate };
  }

  /** Closes the shared socket (the steps call it when the person leaves the USB method). */
  close(): void {
    this.socket?.close();
    this.socket = undefined;
  }

  private async connect(deadline: Deadline, signal?: AbortSignal): Promise<WebSocket> {
    if (this.socket?.readyState === WebSocket.OPEN) return this.socket;
    const urls = this.options.url ? [this.options.url] : VNPT_DEFAULT_URLS;
    const attempts = urls.map((url) => openSocket(url, deadline, signal));
    let socket: WebSocket;
    try {
      socket = await Promise.any(attempts);
    } catch (error) {
      const errors = (error as AggregateError).errors ?? [];
      throw errors.find((e) => !(e instanceof SigningError)) ?? new SigningError('not_installed');
    }
    // The other ports may open too: keep the first, close the rest.
    for (const attempt of attempts) void attempt.then((other) => other !== socket && other.close(), () => undefined);
    socket.addEventListener('close', () => {
      if (this.socket === socket) this.socket = undefined;
    });
    this.socket = socket;
    return socket;
  }

  /** Sends one call and waits for the reply carrying its own callback name. */
  private async call(socket: WebSocket, functionID: number, args: string[], deadline: Deadline, signal?: AbortSignal): Promise<string> {
    const callback = `dvcCallback${++this.counter}`;
    const domain = this.options.domain ?? location.hostname;
    socket.send(JSON.stringify({ functionID, funcCallback: callback, args, domain }));
    const reply = await nextMessage(socket, deadline, signal, (text) => {
      const split = splitReply(text);
      return split === undefined || split.callback === callback;
    });
    const split = splitReply(reply);
    if (!split) throw new SigningError('bad_reply');
    return split.result;
  }
}

/** `"<result>*<callback>"`, split on the last `*` (a result may contain `*` itself). */
export function splitReply(text: string): { result: string; callback: string } | undefined {
  const at = text.lastIndexOf('*');
  return at === -1 ? undefined : { result: text.slice(0, at), callback: text.slice(at + 1) };
}

function messageOf(reply: Record<string, unknown>): { pluginMessage?: string } {
  return typeof reply['error'] === 'string' && reply['error'] !== '' ? { pluginMessage: reply['error'] } : {};
}
