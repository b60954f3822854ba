/**
 * `dvc-register/vneid` as built (dist/vneid.js, made by `npm run build`): a callback page loads it
 * alone, without the widget, and it does the whole check.
 */
import { expect } from '@open-wc/testing';

interface VneidEntry {
  completeVneidCallback(options: { url: string; now: number }): { ok: boolean; reason?: string; code?: string };
  VNEID_STORAGE_KEY: string;
}

describe('the built VNeID callback entry (dist/vneid.js)', () => {
  it('completes a callback whose state matches, and loads no custom element', async () => {
    // @ts-expect-error: the built file is tested as a page loads it, beside its declarations.
    const entry = (await import('../../dist/vneid.js')) as VneidEntry;
    const tx = { verifier: 'v'.repeat(64), state: 's'.repeat(43), nonce: 'n'.repeat(43), redirectUri: 'https://portal.example/cb', createdAt: 1000 };
    sessionStorage.setItem(entry.VNEID_STORAGE_KEY, JSON.stringify(tx));
    const result = entry.completeVneidCallback({ url: `https://portal.example/cb?code=xyz&state=${tx.state}`, now: 2000 });
    expect(result).to.include({ ok: true, code: 'xyz' });
    expect(sessionStorage.getItem(entry.VNEID_STORAGE_KEY)).to.equal(null);
    expect(customElements.get('dvc-register')).to.equal(undefined);
  });
});
