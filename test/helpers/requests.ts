/** Watching what the page asks the network for, through the mock worker (this page only). */
import { http, HttpResponse } from 'msw';
import { chunkAttempts } from '../../src/loading/chunk.js';
import { useMockBackend } from './mock-worker.js';

/**
 * Fails every download of the module whose file is `name`.js (or .ts in the dev server) unless it
 * is a retry (`?retry=N`), as a browser that remembers failed imports would. Returns every URL asked for.
 */
export async function failModule(name: string): Promise<string[]> {
  const asked: string[] = [];
  const worker = await useMockBackend();
  worker.use(
    http.get(new RegExp(`/${name}\\.(js|ts)(\\?.*)?$`), ({ request }) => {
      asked.push(request.url);
      if (!new URL(request.url).searchParams.has('retry')) return HttpResponse.error();
      return undefined;
    }),
  );
  return asked;
}

/**
 * Cuts the network of one on-demand chunk (by name, e.g. `method-vnpost`) in this page only, until
 * `allow()`: every attempt fails as a failed import does. Returns how many attempts were made.
 */
export function cutChunk(name: string): { attempts: () => number; allow: () => void; restore: () => void } {
  let attempts = 0;
  let allowed = false;
  chunkAttempts.intercept = (chunk, attempt) => {
    if (chunk !== name) return attempt();
    attempts++;
    // Safari's words, which name no URL: the retry then imports the chunk as the first attempt did.
    return allowed ? attempt() : Promise.reject(new TypeError('Importing a module script failed.'));
  };
  return {
    attempts: () => attempts,
    allow: () => void (allowed = true),
    restore: () => void delete chunkAttempts.intercept,
  };
}

/**
 * Holds every download attempt of the on-demand chunk `name` (e.g. `en`) in this page only, until
 * `release()`; then it goes to the network. Returns the names of every chunk asked for meanwhile
 * and after, in order. Page-local: test pages share one mock service worker.
 */
export function holdChunk(name: string): { asked: string[]; release: () => void; restore: () => void } {
  const asked: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  chunkAttempts.intercept = async (chunk, attempt) => {
    asked.push(chunk);
    if (chunk === name) await released;
    return attempt();
  };
  return { asked, release, restore: () => void delete chunkAttempts.intercept };
}

/** The Accept-Language of every captcha request, in order. */
export async function captchaLanguages(): Promise<string[]> {
  const languages: string[] = [];
  const worker = await useMockBackend();
  worker.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname.endsWith('/captcha')) languages.push(request.headers.get('Accept-Language') ?? '');
  });
  return languages;
}
