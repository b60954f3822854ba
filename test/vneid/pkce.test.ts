import { expect } from '@open-wc/testing';
import { base64url, buildAuthorizationRequest, challengeOf, createState, createVerifier, UNRESERVED } from '../../src/vneid/pkce.js';
import type { VneidConfig } from '../../src/vneid/config.js';

/** RFC 7636 Appendix B, copied from the RFC text. */
const RFC = {
  verifierOctets: [
    116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132,
    141, 121,
  ],
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  challengeOctets: [
    19, 211, 30, 150, 26, 26, 216, 236, 47, 22, 177, 12, 76, 152, 46, 8, 118, 168, 120, 173, 109, 241, 68, 86, 110, 225, 137, 74, 203, 112, 249,
    195,
  ],
  challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
};

const UNRESERVED_ONLY = /^[A-Za-z0-9\-._~]+$/;

/** An oracle that shares no code with pkce.ts: Web Crypto's SHA-256, then base64url written out bit by bit. */
async function independentChallenge(verifier: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', Uint8Array.from(verifier, (c) => c.charCodeAt(0))));
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += alphabet[parseInt(bits.slice(i, i + 6).padEnd(6, '0'), 2)];
  return out;
}

const CONFIG: VneidConfig = {
  authorizeUrl: 'https://sso.dancuquocgia.gov.vn/oauth2/authorize',
  clientId: 'dvc-tinh-abc',
  redirectUri: 'https://dichvucong.example.gov.vn/vneid/callback',
  scope: 'openid profile',
};

describe('PKCE code verifier', () => {
  it('has 64 unreserved characters by default', () => {
    const verifier = createVerifier();
    expect(verifier).to.have.length(64);
    expect(verifier).to.match(UNRESERVED_ONLY);
  });

  it('takes any length from 43 to 128, and refuses others', () => {
    for (const length of [43, 44, 100, 128]) {
      const verifier = createVerifier(length);
      expect(verifier).to.have.length(length);
      expect(verifier).to.match(UNRESERVED_ONLY);
    }
    for (const length of [0, 42, 129, 64.5, Number.NaN]) {
      expect(() => createVerifier(length), String(length)).to.throw(RangeError);
    }
  });

  it('is never the same twice in 1000 draws', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => createVerifier(43)));
    expect(seen.size).to.equal(1000);
  });

  it('uses all 66 unreserved characters, each about equally often', () => {
    const counts = new Map<string, number>();
    const draws = 400;
    for (let i = 0; i < draws; i++) for (const c of createVerifier(128)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect([...counts.keys()].sort().join('')).to.equal([...UNRESERVED].sort().join(''));
    // 51,200 characters: about 776 each. Modulo bias (256 % 66) would give the first 58 characters
    // 4/3 the weight of the last 8 (about 815 against 611); the bounds catch that, chance does not
    // come near them (σ ≈ 27.6).
    const expected = (draws * 128) / UNRESERVED.length;
    for (const [c, n] of counts) expect(Math.abs(n - expected), `count of ${c}: ${n}`).to.be.below(150);
    const lastEight = [...UNRESERVED.slice(-8)].reduce((sum, c) => sum + counts.get(c)!, 0) / 8;
    expect(lastEight).to.be.above(expected - 60);
  });
});

describe('PKCE S256 code challenge', () => {
  it('matches RFC 7636 Appendix B', async () => {
    expect(base64url(Uint8Array.from(RFC.verifierOctets))).to.equal(RFC.verifier);
    expect(base64url(Uint8Array.from(RFC.challengeOctets))).to.equal(RFC.challenge);
    expect(await challengeOf(RFC.verifier)).to.equal(RFC.challenge);
  });

  it('is base64url of SHA-256 of the verifier, without padding, for random verifiers', async () => {
    for (const length of [43, 64, 97, 128]) {
      const verifier = createVerifier(length);
      const challenge = await challengeOf(verifier);
      expect(challenge).to.equal(await independentChallenge(verifier));
      expect(challenge).to.have.length(43);
      expect(challenge).to.match(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('refuses a verifier the RFC does not allow', async () => {
    for (const bad of ['short', 'x'.repeat(129), `${'a'.repeat(42)}+`, `${'a'.repeat(42)}é`]) {
      let error: unknown;
      await challengeOf(bad).catch((e: unknown) => (error = e));
      expect(error, bad).to.be.instanceOf(TypeError);
    }
  });
});

describe('state and nonce', () => {
  it('are 256 random bits in base64url, never repeated', () => {
    const values = Array.from({ length: 500 }, () => createState());
    for (const v of values) expect(v).to.match(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(values).size).to.equal(500);
  });
});

describe('the authorization request', () => {
  it('carries every parameter of an OIDC code request with PKCE S256', async () => {
    const request = await buildAuthorizationRequest(CONFIG, { locale: 'en' });
    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).to.equal(CONFIG.authorizeUrl);
    const p = url.searchParams;
    expect(p.get('response_type')).to.equal('code');
    expect(p.get('client_id')).to.equal(CONFIG.clientId);
    expect(p.get('redirect_uri')).to.equal(CONFIG.redirectUri);
    expect(p.get('scope')).to.equal('openid profile');
    expect(p.get('state')).to.equal(request.state);
    expect(p.get('nonce')).to.equal(request.nonce);
    expect(p.get('code_challenge')).to.equal(await independentChallenge(request.verifier));
    expect(p.get('code_challenge_method')).to.equal('S256');
    expect(p.get('ui_locales')).to.equal('en');
    expect([...p.keys()]).to.have.length(9);
  });

  it('never puts the verifier in the URL', async () => {
    const request = await buildAuthorizationRequest(CONFIG);
    expect(request.url).to.not.contain(request.verifier);
    expect(request.verifier).to.have.length(64);
  });

  it('asks for Vietnamese pages unless told otherwise', async () => {
    const request = await buildAuthorizationRequest(CONFIG);
    expect(new URL(request.url).searchParams.get('ui_locales')).to.equal('vi');
  });

  it('makes fresh state, nonce and verifier each time, and state differs from nonce', async () => {
    const a = await buildAuthorizationRequest(CONFIG);
    const b = await buildAuthorizationRequest(CONFIG);
    expect(a.state).to.not.equal(b.state);
    expect(a.nonce).to.not.equal(b.nonce);
    expect(a.verifier).to.not.equal(b.verifier);
    expect(a.state).to.not.equal(a.nonce);
  });

  it('writes spaces as %20 and escapes the redirect URI', async () => {
    const request = await buildAuthorizationRequest({ ...CONFIG, redirectUri: 'https://a.example/cb?x=1&y=2' });
    expect(request.url).to.contain('scope=openid%20profile');
    expect(request.url).to.contain('redirect_uri=https%3A%2F%2Fa.example%2Fcb%3Fx%3D1%26y%3D2');
    expect(new URL(request.url).searchParams.get('redirect_uri')).to.equal('https://a.example/cb?x=1&y=2');
  });

  it('keeps the query the configured URL already has, exactly as written', async () => {
    const request = await buildAuthorizationRequest({
      ...CONFIG,
      authorizeUrl: 'https://idp.example.vn/authorize?tenant=hcm&acr_values=urn%3Avneid%3Aloa%3A2&flag',
    });
    expect(request.url.startsWith('https://idp.example.vn/authorize?tenant=hcm&acr_values=urn%3Avneid%3Aloa%3A2&flag&response_type=code&')).to.equal(
      true,
    );
    const p = new URL(request.url).searchParams;
    expect(p.get('tenant')).to.equal('hcm');
    expect(p.get('acr_values')).to.equal('urn:vneid:loa:2');
    expect(p.get('client_id')).to.equal(CONFIG.clientId);
  });

  it('lets none of its own parameters appear twice, even if the configured URL has them', async () => {
    const request = await buildAuthorizationRequest({
      ...CONFIG,
      authorizeUrl: 'https://idp.example.vn/authorize?client_id=old&tenant=hcm&code_challenge_method=plain&state=fixed',
    });
    const p = new URL(request.url).searchParams;
    expect(p.getAll('client_id')).to.deep.equal([CONFIG.clientId]);
    expect(p.getAll('code_challenge_method')).to.deep.equal(['S256']);
    expect(p.getAll('state')).to.deep.equal([request.state]);
    expect(p.get('tenant')).to.equal('hcm');
  });
});
