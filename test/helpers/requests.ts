/** Watching what the page asks the network for, through the mock worker (this page only). */
import { http, HttpResponse } from 'msw';
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

/** Fails every download of the module `name`, retries included, until `allow()`. Returns every URL asked for. */
export async function failModuleUntilAllowed(name: string): Promise<{ asked: string[]; allow: () => void }> {
  const asked: string[] = [];
  let allowed = false;
  const worker = await useMockBackend();
  worker.use(
    http.get(new RegExp(`/${name}\\.(js|ts)(\\?.*)?$`), ({ request }) => {
      asked.push(request.url);
      return allowed ? undefined : HttpResponse.error();
    }),
  );
  return { asked, allow: () => void (allowed = true) };
}

/** Holds every download of the module `name` until `release()`; then it goes to the network. */
export async function holdModule(name: string): Promise<{ asked: string[]; release: () => void }> {
  const asked: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const worker = await useMockBackend();
  worker.use(
    http.get(new RegExp(`/${name}\\.(js|ts)(\\?.*)?$`), async ({ request }) => {
      asked.push(request.url);
      await released;
      return undefined;
    }),
  );
  return { asked, release };
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
