/**
 * The retrying chunk loader on its own, against a browser that remembers failed module fetches
 * (the original module-map rule Safari and older Chromium and Firefox follow): a retry must ask
 * for a URL that browser has not seen, or it would fail forever without touching the network.
 */
import { expect } from '@open-wc/testing';
import { chunkChanges, failedUrlOf, lazyChunk, type ChunkStatus } from '../../src/loading/chunk.js';

const URL_ = 'https://portal.example.vn/assets/chunks/vneid-step-Ab12.js';

/** A module map that caches failures per URL, as the original HTML rule says. */
function cachingModuleMap(failing: Set<string>) {
  const seen = new Map<string, Promise<unknown>>();
  const fetched: string[] = [];
  const importUrl = (url: string): Promise<unknown> => {
    if (!seen.has(url)) {
      fetched.push(url);
      seen.set(url, failing.has(url) ? Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`)) : Promise.resolve({ url }));
      seen.get(url)!.catch(() => {});
    }
    return seen.get(url)!;
  };
  return { importUrl, fetched };
}

describe('lazyChunk', () => {
  it('retries a failed chunk under a new URL, so a browser that caches failures fetches it again', async () => {
    const failing = new Set([URL_, `${URL_}?retry=2`]);
    const map = cachingModuleMap(failing);
    const chunk = lazyChunk('vneid-step', () => map.importUrl(URL_), map.importUrl);
    const statuses: ChunkStatus[] = [];
    const record = () => statuses.push(chunk.status);
    chunkChanges.addEventListener('change', record);
    try {
      await chunk.load().then(
        () => expect.fail('the first load fails'),
        (e: unknown) => expect(String(e)).to.contain('Failed to fetch'),
      );
      expect(chunk.status).to.equal('failed');
      await chunk.load().then(
        () => expect.fail('the second load fails too'),
        () => {},
      );
      failing.clear();
      const loaded = await chunk.load();
      expect(loaded).to.deep.equal({ url: `${URL_}?retry=3` });
      expect(chunk.status).to.equal('ready');
      // Three real fetches, each of a URL the module map had not seen.
      expect(map.fetched).to.deep.equal([URL_, `${URL_}?retry=2`, `${URL_}?retry=3`]);
      expect(statuses).to.deep.equal(['loading', 'failed', 'loading', 'failed', 'loading', 'ready']);
      // Loaded once and for all: no more fetches.
      await chunk.load();
      expect(map.fetched).to.have.length(3);
    } finally {
      chunkChanges.removeEventListener('change', record);
    }
  });

  it('asks for the original URL first, so a browser that fetches failed modules again keeps one copy', async () => {
    // The new module-map rule: a failure is not remembered, a success is.
    const fetched: string[] = [];
    let down = true;
    const loaded = new Map<string, unknown>();
    const importUrl = (url: string): Promise<unknown> => {
      if (loaded.has(url)) return Promise.resolve(loaded.get(url));
      fetched.push(url);
      if (down) return Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`));
      loaded.set(url, { url });
      return Promise.resolve({ url });
    };
    const chunk = lazyChunk('form-journey', () => importUrl(URL_), importUrl);
    await chunk.load().catch(() => {});
    down = false;
    // Another chunk's static import of it: the same URL, now fetched.
    await importUrl(URL_);
    expect(await chunk.load()).to.deep.equal({ url: URL_ });
    expect(fetched).to.deep.equal([URL_, URL_]);
  });

  it('takes no URL from Firefox’s errors, which may name a file the chunk imports', async () => {
    const DEP = 'https://portal.example.vn/assets/chunks/form-journey-Cd34.js';
    let calls = 0;
    // Failing with the form steps it imports, Firefox names their file, not this chunk's.
    const load = () => (++calls < 3 ? Promise.reject(new TypeError(`error loading dynamically imported module: ${DEP}`)) : Promise.resolve('own'));
    const imported: string[] = [];
    const chunk = lazyChunk('method-vnpost', load, (url) => (imported.push(url), Promise.resolve({ url })));
    await chunk.load().catch(() => {});
    await chunk.load().then(
      () => expect.fail('the form steps’ file must not stand in for this chunk'),
      () => {},
    );
    expect(imported).to.deep.equal([]);
    expect(await chunk.load()).to.equal('own');
  });

  it('calls the original import again where the error names no URL (Safari)', async () => {
    let calls = 0;
    const chunk = lazyChunk('en', () => (++calls === 1 ? Promise.reject(new TypeError('Importing a module script failed.')) : Promise.resolve('ok')));
    await chunk.load().catch(() => {});
    expect(await chunk.load()).to.equal('ok');
    expect(calls).to.equal(2);
  });

  it('shares one download between callers, and prefetch never rejects', async () => {
    let calls = 0;
    let fail!: (e: Error) => void;
    const chunk = lazyChunk('x', () => {
      calls++;
      return new Promise((_, reject) => (fail = reject));
    });
    chunk.prefetch();
    const loading = chunk.load();
    expect(calls).to.equal(1);
    fail(new TypeError(`Failed to fetch dynamically imported module: ${URL_}`));
    await loading.catch(() => {});
    expect(chunk.status).to.equal('failed');
  });

  it('reads the file Chromium’s error names (the one import() asked for), not Firefox’s', () => {
    expect(failedUrlOf(new TypeError(`Failed to fetch dynamically imported module: ${URL_}`))).to.equal(URL_);
    expect(failedUrlOf(new TypeError(`error loading dynamically imported module: ${URL_}`))).to.equal(undefined);
    expect(failedUrlOf(new TypeError('Importing a module script failed.'))).to.equal(undefined);
  });
});
