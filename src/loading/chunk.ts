/**
 * A part of the widget that loads on demand (a step, the address picker, a language's messages),
 * with a retry that really fetches again.
 *
 * Why not just call import() again: browsers that follow the original module-map rule (Safari,
 * Firefox, 153 ESR included, Chromium before ~M143) remember a failed fetch for the whole page,
 * so a second import() of the same URL fails without asking the network. A retry therefore calls
 * the original import() again and, if that fails and Chromium's error names the file
 * (failedUrlOf), imports it under a `?retry=N` query, a new module-map entry.
 *
 * Elsewhere the retry is the original import() again, which brings the chunk back where the
 * browser fetches failed modules again. Where it remembers them (Safari, Firefox), or where what
 * failed is a shared chunk this one imports (the form steps, `errors`, under Vietnam Post, the
 * token and remote signing: the retried chunk imports them by the same URL), the retry fails too.
 * The failure notice then offers to reload the page, and the draft (src/register/draft.ts) keeps
 * what the person typed.
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

/**
 * The URL a failed dynamic import names, where it is the imported file's own: Chromium's words name
 * the file import() asked for. Firefox's ("error loading dynamically imported module: <url>") name
 * the file whose download failed, which may be one the chunk imports (the form steps, under
 * Vietnam Post's): a retry under that URL would bring the other file and call the chunk loaded.
 * Only the original import's errors are read, so the URL never carries our retry mark.
 */
export const failedUrlOf = (error: unknown): string | undefined => /Failed to fetch dynamically imported module: (\S+)/.exec(String(error))?.[1];

/** A URL that no module map has seen yet for this attempt. */
const bustedUrl = (url: string, attempt: number) => `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`;

export function lazyChunk<T>(name: string, load: () => Promise<T>, importer: Importer = nativeImport): Chunk<T> {
  let status: ChunkStatus = 'idle';
  let failed = false;
  let failures = 0;
  let pending: Promise<T> | undefined;
  let attempts = 0;

  const set = (next: ChunkStatus) => {
    status = next;
    chunkChanges.dispatchEvent(new Event('change'));
  };

  const attempt = (): Promise<T> => {
    const n = ++attempts;
    // A retry calls the original import first: a browser that fetches failed modules again then
    // keeps one copy of a module, under its own URL, where a busted URL would run a second copy of
    // a chunk another imports by its own (the form steps, which Vietnam Post imports). A browser
    // that remembers the failure fails it at once, without the network.
    const run = () =>
      load().catch((error: unknown) => {
        const url = n > 1 && failedUrlOf(error);
        if (!url) throw error;
        return importer(bustedUrl(url, n)) as Promise<T>;
      });
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
