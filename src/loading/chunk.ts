/**
 * A part of the widget that loads on demand (a step, the address picker, a language's messages),
 * with a retry that really fetches again.
 *
 * Why not just call import() again: browsers that follow the original module-map rule (Safari,
 * Firefox before the change in whatwg/html#10327, Chromium before ~M143) remember a failed fetch
 * for the whole page, so a second import() of the same URL fails without asking the network. A
 * retry therefore imports the failed URL with a `?retry=N` query, which is a new module-map entry.
 * The URL comes from the browser's error ("Failed to fetch dynamically imported module: <url>" in
 * Chromium, "error loading dynamically imported module: <url>" in Firefox); where the error names
 * no URL (Safari) the original import() is called again. Each on-demand chunk imports only the
 * core chunk, which is already loaded, so re-importing the chunk itself is enough.
 *
 * Everything that loads on demand goes through lazyChunk(), so one place decides how loading,
 * failing and retrying look (src/register/lazy-steps.ts lists the chunks and when they load).
 */

export type ChunkStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface Chunk<T = unknown> {
  /** For messages and tests, e.g. `vneid-step`, `address-picker`, `en`. */
  readonly name: string;
  readonly status: ChunkStatus;
  /** The last download failed and none has succeeded since (true while a retry is on its way). */
  readonly failed: boolean;
  /** Failed downloads so far. */
  readonly failures: number;
  /**
   * Loads the chunk once; after a failure the next call fetches it again. Rejects when this
   * attempt failed: callers that only prefetch should use `prefetch()`.
   */
  load(): Promise<T>;
  /** Starts loading and swallows a failure: it shows where the chunk is needed (status `failed`). */
  prefetch(): void;
}

/** Fires `change` whenever any chunk starts, finishes or fails loading; views re-render on it. */
export const chunkChanges = new EventTarget();

/** How a retry imports a URL (replaceable in tests to act like a browser that caches failures). */
export type Importer = (url: string) => Promise<unknown>;

/**
 * Tests only: sees every download attempt by chunk name and may fail it, so a test page can cut
 * one chunk's network without touching another page's (a service worker shared by test pages
 * running side by side can route a module request to the wrong page).
 */
export const chunkAttempts: { intercept?: (name: string, attempt: () => Promise<unknown>) => Promise<unknown> } = {};

const nativeImport: Importer = (url) => import(/* @vite-ignore */ url);

/** The URL a failed dynamic import names in its error (without our retry mark), if the browser says it. */
export function failedUrlOf(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : String(error);
  const token = /(https?:\/\/\S+)\s*$/.exec(text)?.[1];
  if (!token) return undefined;
  try {
    const url = new URL(token);
    url.searchParams.delete('retry');
    return url.href;
  } catch {
    return undefined;
  }
}

/** A URL that no module map has seen yet for this attempt. */
function bustedUrl(url: string, attempt: number): string {
  const u = new URL(url);
  u.searchParams.set('retry', String(attempt));
  return u.href;
}

export function lazyChunk<T>(name: string, load: () => Promise<T>, importer: Importer = nativeImport): Chunk<T> {
  let status: ChunkStatus = 'idle';
  let failed = false;
  let failures = 0;
  let pending: Promise<T> | undefined;
  let failedUrl: string | undefined;
  let attempts = 0;

  const set = (next: ChunkStatus) => {
    status = next;
    chunkChanges.dispatchEvent(new Event('change'));
  };

  const attempt = (): Promise<T> => {
    attempts++;
    const url = failedUrl;
    const run = () => (url ? (importer(bustedUrl(url, attempts)) as Promise<T>) : load());
    return chunkAttempts.intercept ? (chunkAttempts.intercept(name, run) as Promise<T>) : run();
  };

  const chunk: Chunk<T> = {
    name,
    get status() {
      return status;
    },
    get failed() {
      return failed;
    },
    get failures() {
      return failures;
    },
    load() {
      if (pending) return pending;
      set('loading');
      pending = attempt().then(
        (module) => {
          failed = false;
          set('ready');
          return module;
        },
        (error: unknown) => {
          failedUrl = failedUrlOf(error) ?? failedUrl;
          pending = undefined;
          failed = true;
          failures++;
          set('failed');
          throw error;
        },
      );
      return pending;
    },
    prefetch() {
      chunk.load().catch(() => {
        // Shown where the chunk is needed, with a retry; nothing to do here.
      });
    },
  };
  return chunk;
}
