/**
 * The callback page's one call (`completeVneidCallback`, the `dvc-register/vneid` entry) in a real
 * page with real sessionStorage and history: it goes on only for this tab's own, fresh sign-in,
 * and forgets the transaction whatever the outcome.
 */
import { expect } from '@open-wc/testing';
import { completeVneidCallback } from '../../src/vneid/callback.js';
import { readVneidTransaction, saveVneidTransaction, VNEID_STORAGE_KEY, type VneidTransaction } from '../../src/vneid/storage.js';

const TX: VneidTransaction = {
  verifier: 'v'.repeat(64),
  state: 'state-of-this-tab-0123456789012345678901234',
  nonce: 'n'.repeat(43),
  redirectUri: 'https://portal.example/vneid/callback',
  createdAt: 1_751_328_000_000,
};
const NOW = TX.createdAt + 60_000;
const callback = (query: string) => `https://portal.example/vneid/callback?${query}`;

describe('completeVneidCallback', () => {
  beforeEach(() => sessionStorage.removeItem(VNEID_STORAGE_KEY));
  afterEach(() => sessionStorage.removeItem(VNEID_STORAGE_KEY));

  it('hands over code, verifier, redirect URI and nonce when state matches, and forgets the transaction', () => {
    saveVneidTransaction(TX);
    const result = completeVneidCallback({ url: callback(`code=abc123&state=${TX.state}`), now: NOW });
    expect(result).to.deep.equal({ ok: true, code: 'abc123', verifier: TX.verifier, redirectUri: TX.redirectUri, nonce: TX.nonce, state: TX.state });
    expect(readVneidTransaction()).to.equal(undefined);
  });

  it('stops on a state that is not this tab’s, and still forgets the transaction', () => {
    saveVneidTransaction(TX);
    expect(completeVneidCallback({ url: callback('code=abc123&state=someone-else'), now: NOW })).to.deep.equal({ ok: false, reason: 'state_mismatch' });
    expect(sessionStorage.getItem(VNEID_STORAGE_KEY)).to.equal(null);
  });

  it('stops when no sign-in was started in this tab, and on a replay of a used callback', () => {
    expect(completeVneidCallback({ url: callback(`code=abc123&state=${TX.state}`), now: NOW })).to.deep.equal({ ok: false, reason: 'no_transaction' });
    saveVneidTransaction(TX);
    expect(completeVneidCallback({ url: callback(`code=abc123&state=${TX.state}`), now: NOW }).ok).to.equal(true);
    expect(completeVneidCallback({ url: callback(`code=abc123&state=${TX.state}`), now: NOW })).to.deep.equal({ ok: false, reason: 'no_transaction' });
  });

  it('passes the provider’s error on as text (the person cancelled)', () => {
    saveVneidTransaction(TX);
    expect(completeVneidCallback({ url: callback(`error=access_denied&error_description=User+cancelled&state=${TX.state}`), now: NOW })).to.deep.equal({
      ok: false,
      reason: 'provider_error',
      error: 'access_denied',
      errorDescription: 'User cancelled',
    });
  });

  it('refuses a sign-in started more than ten minutes ago, or a callback without a code', () => {
    saveVneidTransaction(TX);
    expect(completeVneidCallback({ url: callback(`code=abc&state=${TX.state}`), now: TX.createdAt + 10 * 60_000 + 1 })).to.deep.equal({ ok: false, reason: 'expired' });
    saveVneidTransaction(TX);
    expect(completeVneidCallback({ url: callback(`state=${TX.state}`), now: NOW })).to.deep.equal({ ok: false, reason: 'no_code' });
  });

  it('takes code and state out of the address bar of this page, keeping its other parameters', () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?lang=vi&code=secret-code&state=${TX.state}`);
    try {
      saveVneidTransaction({ ...TX, createdAt: Date.now() });
      const result = completeVneidCallback();
      expect(result.ok).to.equal(true);
      expect(location.search).to.equal('?lang=vi');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
