/**
 * VGCA Sign Service (Government Cipher Committee, ca.gov.vn): `wss://127.0.0.1:8987/<Endpoint>`,
 * one connection per call (open, send one text frame, read one reply, close). Replies are JSON
 * with PascalCase fields: `Status` 0 = OK, else `Message`/`Error`. Sources and every assumption:
 * docs/signing.md ("VGCA Sign Service").
 */
import { SigningError } from './errors.js';
import { base64Field, deadlineIn, nextMessage, openSocket, parseJsonObject, type Deadline } from './socket.js';
import { PLUGIN_TIMEOUTS, type AdapterOptions, type PluginCallOptions, type PluginInfo, type SignedChallenge, type SigningPlugin, type SignRequest } from './types.js';

export const VGCA_DEFAULT_URL = 'wss://127.0.0.1:8987';

export class VgcaPlugin implements SigningPlugin {
  readonly protocol = 'vgca' as const;
  private readonly base: string;

  constructor(private readonly options: AdapterOptions = {}) {
    this.base = (options.url ?? VGCA_DEFAULT_URL).replace(/\/+$/, '');
  }

  /**
   * Installed = the service accepts a connection on GetVersion within the probe time. The version
   * reply's shape is unconfirmed: `Version` is read when it is there (an assumption of this
   * adapter); an answer without it still means "installed, version unknown".
   */
  async probe({ signal }: PluginCallOptions = {}): Promise<PluginInfo> {
    const deadline = deadlineIn(this.options.probeTimeoutMs ?? PLUGIN_TIMEOUTS.probeMs);
    const socket = await openSocket(`${this.base}/GetVersion`, deadline, signal);
    try {
      socket.send('');
      const reply = await nextMessage(socket, deadline, signal).catch((error: unknown) => {
        // It is there, it just did not say its version in time: installed, version unknown.
        if (error instanceof SigningError && error.code === 'timeout') return undefined;
        throw error;
      });
      if (reply === undefined) return {};
      const version = readVersion(reply);
      return version ? { version } : {};
    } finally {
      socket.close();
    }
  }

  /** SignMsg over the digest: `{"HashAlg":"SHA256","HashValue":…}` → `{Status, Signature, CertBase64}`. */
  async sign(request: SignRequest, { signal }: PluginCallOptions = {}): Promise<SignedChallenge> {
    const deadline = deadlineIn(this.options.signTimeoutMs ?? PLUGIN_TIMEOUTS.signMs);
    const reply = await this.call('SignMsg', JSON.stringify({ HashAlg: 'SHA256', HashValue: request.digest }), deadline, signal);
    const signature = base64Field(reply['Signature']);
    const certificate = base64Field(reply['CertBase64']);
    if (!signature || !certificate) throw new SigningError('bad_reply');
    return { signature, certificate };
  }

  private async call(endpoint: string, payload: string, deadline: Deadline, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const socket = await openSocket(`${this.base}/${endpoint}`, deadline, signal);
    try {
      socket.send(payload);
      const reply = parseJsonObject(await nextMessage(socket, deadline, signal));
      const status = reply['Status'];
      if (typeof status !== 'number') throw new SigningError('bad_reply');
      // Non-zero statuses (cancel, no token, wrong PIN…) are not documented anywhere public: one
      // generic failure that shows the service's own message, never a guess at what a code means.
      if (status !== 0) {
        const text = [reply['Message'], reply['Error']].find((m): m is string => typeof m === 'string' && m.trim() !== '');
        throw new SigningError('plugin_error', { pluginCode: status, ...(text ? { pluginMessage: text } : {}) });
      }
      return reply;
    } finally {
      socket.close();
    }
  }
}

function readVersion(reply: string): string | undefined {
  try {
    const value = JSON.parse(reply) as unknown;
    if (typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>)['Version'] === 'string') {
      return (value as Record<string, string>)['Version'];
    }
  } catch {
    // Not JSON: a bare version string is taken as it is, when it looks like one.
  }
  return /^\d+(\.\d+){1,3}$/.test(reply.trim()) ? reply.trim() : undefined;
}
