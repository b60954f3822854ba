/**
 * WebSocket with deadlines: every wait ends, by an answer, an error, the caller's abort or the
 * deadline. Plugins run on this computer; a socket that neither opens nor fails must not leave
 * the person staring at a spinner.
 */
import { SigningError } from './errors.js';

/**
 * The browser's own WebSocket. MSW (the demo page, Storybook, the tests) replaces the global one
 * with an interceptor that reports a connection as open before any server answered, which would
 * make a missing plugin look installed; the mock worker keeps the original here before it starts
 * (src/mocks/browser.ts). On a portal page, without MSW, this is simply the global WebSocket.
 */
export const NATIVE_WEBSOCKET = Symbol.for('dvc-register.native-websocket');

function socketClass(): typeof WebSocket {
  return (globalThis as { [NATIVE_WEBSOCKET]?: typeof WebSocket })[NATIVE_WEBSOCKET] ?? WebSocket;
}

/** A point in time (performance.now() ms) by which something must be done. */
export type Deadline = number;

export function deadlineIn(ms: number): Deadline {
  return performance.now() + ms;
}

function remaining(deadline: Deadline): number {
  return Math.max(0, deadline - performance.now());
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Aborted', 'AbortError');
}

/**
 * Opens a socket. A refused or failed connection is `not_installed`; one that does not open by
 * the deadline is `not_installed` too (nothing listens there, as far as the person can tell).
 */
export function openSocket(url: string, deadline: Deadline, signal?: AbortSignal): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    let socket: WebSocket;
    try {
      socket = new (socketClass())(url);
    } catch {
      return reject(new SigningError('not_installed'));
    }
    const finish = (error?: unknown) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.removeEventListener('open', onOpen);
      socket.removeEventListener('error', onError);
      socket.removeEventListener('close', onError);
      if (error === undefined) resolve(socket);
      else {
        socket.close();
        reject(error);
      }
    };
    const onOpen = () => finish();
    const onError = () => finish(new SigningError('not_installed'));
    const onAbort = () => finish(abortError(signal!));
    const timer = setTimeout(() => finish(new SigningError('not_installed')), remaining(deadline));
    socket.addEventListener('open', onOpen);
    socket.addEventListener('error', onError);
    socket.addEventListener('close', onError);
    signal?.addEventListener('abort', onAbort);
  });
}

/**
 * Waits for the next text message that `accept` takes (others are skipped). No answer by the
 * deadline is `timeout`; the socket closing first means the plugin went away (`not_installed`).
 */
export function nextMessage(
  socket: WebSocket,
  deadline: Deadline,
  signal?: AbortSignal,
  accept: (text: string) => boolean = () => true,
): Promise<string> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const finish = (error: unknown, text?: string) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.removeEventListener('message', onMessage);
      socket.removeEventListener('close', onClose);
      socket.removeEventListener('error', onClose);
      if (error === undefined) resolve(text!);
      else reject(error);
    };
    const onMessage = (event: MessageEvent) => {
      if (typeof event.data !== 'string') return finish(new SigningError('bad_reply'));
      if (accept(event.data)) finish(undefined, event.data);
    };
    const onClose = () => finish(new SigningError('not_installed'));
    const onAbort = () => finish(abortError(signal!));
    const timer = setTimeout(() => finish(new SigningError('timeout')), remaining(deadline));
    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', onClose);
    socket.addEventListener('error', onClose);
    signal?.addEventListener('abort', onAbort);
  });
}

/** Reads JSON or throws `bad_reply`: a plugin that answers something else speaks another protocol. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SigningError('bad_reply');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SigningError('bad_reply');
  return value as Record<string, unknown>;
}

/** A non-empty base64 string, or undefined. */
export function base64Field(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9+/=\r\n]+$/.test(value) && value.replace(/[\r\n]/g, '') !== '' ? value.replace(/[\r\n]/g, '') : undefined;
}
