/**
 * One line per request: method, path, status, time, origin and scenarios. Never a body, header
 * value or query string: bodies carry passwords, OTPs and captcha answers, and a mock's log gets
 * pasted into bug reports.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface LogEntry {
  readonly at: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly ms: number;
  readonly origin?: string;
  readonly scenarios?: readonly string[];
}

const KEEP = 500;

export class RequestLog {
  private readonly entries: LogEntry[] = [];
  private readonly notes = new WeakMap<IncomingMessage, { scenarios: readonly string[]; path: string }>();

  constructor(private readonly print?: (line: string) => void) {}

  note(req: IncomingMessage, info: { scenarios: readonly string[]; path: string }): void {
    this.notes.set(req, info);
  }

  finish(req: IncomingMessage, res: ServerResponse, started: number): void {
    const note = this.notes.get(req);
    const origin = req.headers.origin;
    const entry: LogEntry = {
      at: new Date(started).toISOString(),
      method: req.method ?? 'GET',
      path: note?.path ?? new URL(req.url ?? '/', 'http://x').pathname,
      // A dropped connection (the networkError scenario) never got a status.
      status: res.headersSent ? res.statusCode : 0,
      ms: Date.now() - started,
      ...(origin ? { origin } : {}),
      ...(note?.scenarios.length ? { scenarios: note.scenarios } : {}),
    };
    this.entries.push(entry);
    if (this.entries.length > KEEP) this.entries.shift();
    // The demo page polls the inbox every second; printing that would bury the API calls.
    if (entry.path.startsWith('/__mock/')) return;
    this.print?.(
      `${entry.at} ${entry.method.padEnd(7)} ${entry.path} → ${entry.status || 'dropped'} ${entry.ms} ms` +
        (entry.scenarios ? ` [${entry.scenarios.join(',')}]` : '') +
        (entry.origin ? ` from ${entry.origin}` : ''),
    );
  }

  list(): readonly LogEntry[] {
    return this.entries;
  }

  clear(): void {
    this.entries.length = 0;
  }
}
