/**
 * Every request the checker makes goes through here and is kept with its answer, so the
 * cross-cutting checks (schemas, problem bodies, redirects, CORS, echoed secrets) look at all of
 * them, whatever probe made them. Redirects are never followed: seeing them is the point.
 */
import type { Operation } from './spec.js';

export interface Exchange {
  /** Which probe made it, for the report. */
  readonly purpose: string;
  readonly operation?: Operation;
  readonly method: string;
  readonly url: string;
  readonly language: string;
  readonly requestBody?: unknown;
  /** Secret values the request carried; none may come back. */
  readonly secrets: readonly string[];
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body when it is JSON. */
  readonly json?: unknown;
  /** Set when no answer came at all. */
  readonly error?: string;
}

export interface ClientOptions {
  readonly base: string;
  readonly origin?: string;
  readonly timeoutMs: number;
}

export interface Call {
  readonly purpose: string;
  readonly operation?: Operation;
  readonly method: string;
  /** Relative to the API base, e.g. `/registrations/x/otp`. */
  readonly path: string;
  readonly body?: unknown;
  readonly language?: string;
  readonly secrets?: readonly string[];
  readonly headers?: Record<string, string>;
}

export class Client {
  readonly exchanges: Exchange[] = [];

  constructor(private readonly options: ClientOptions) {}

  url(path: string): string {
    return `${this.options.base.replace(/\/+$/, '')}${path}`;
  }

  async call(call: Call): Promise<Exchange> {
    const language = call.language ?? 'vi';
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': language,
      ...(this.options.origin ? { Origin: this.options.origin } : {}),
      ...(call.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...call.headers,
    };
    const base = {
      purpose: call.purpose,
      ...(call.operation ? { operation: call.operation } : {}),
      method: call.method,
      url: this.url(call.path),
      language,
      ...(call.body !== undefined ? { requestBody: call.body } : {}),
      secrets: call.secrets ?? [],
    };
    let exchange: Exchange;
    try {
      const response = await fetch(base.url, {
        method: call.method,
        headers,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
        ...(call.body !== undefined ? { body: JSON.stringify(call.body) } : {}),
      });
      const text = await response.text();
      let json: unknown;
      if (/json/i.test(response.headers.get('content-type') ?? '')) {
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
      }
      exchange = { ...base, status: response.status, headers: response.headers, text, ...(json !== undefined ? { json } : {}) };
    } catch (error) {
      exchange = { ...base, status: 0, headers: new Headers(), text: '', error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    this.exchanges.push(exchange);
    return exchange;
  }

  /** A CORS preflight as a browser sends it; kept apart from the exchanges (it has no body to check). */
  async preflight(path: string, method: string, requestHeaders: string): Promise<{ status: number; headers: Headers; error?: string }> {
    try {
      const response = await fetch(this.url(path), {
        method: 'OPTIONS',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: {
          Origin: this.options.origin ?? '',
          'Access-Control-Request-Method': method,
          'Access-Control-Request-Headers': requestHeaders,
        },
      });
      await response.arrayBuffer();
      return { status: response.status, headers: response.headers };
    } catch (error) {
      return { status: 0, headers: new Headers(), error: String(error) };
    }
  }
}

export function codeOf(exchange: Exchange): string | undefined {
  const json = exchange.json as { code?: unknown } | undefined;
  return typeof json?.code === 'string' ? json.code : undefined;
}

export function describeExchange(exchange: Exchange): string {
  const code = codeOf(exchange);
  return `${exchange.method} ${new URL(exchange.url).pathname} → ${exchange.error ?? exchange.status}${code ? ` ${code}` : ''}`;
}
