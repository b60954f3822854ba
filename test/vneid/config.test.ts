import { expect } from '@open-wc/testing';
import { readVneidConfig, vneidConfigOf, type VneidAttributes } from '../../src/vneid/config.js';
// The public one, as `dvc-register/vneid` exports it: warnings as sentences, at once.
import { parseVneidConfig } from '../../src/vneid/index.js';

const NONE: VneidAttributes = { authorizeUrl: null, clientId: null, redirectUri: null, scope: null };
const FULL: VneidAttributes = {
  authorizeUrl: 'https://sso.dancuquocgia.gov.vn/oauth2/authorize',
  clientId: 'dvc-tinh-abc',
  redirectUri: 'https://dichvucong.example.gov.vn/vneid/callback',
  scope: null,
};

function warningOf(attrs: Partial<VneidAttributes>): string {
  const { config, warnings } = parseVneidConfig({ ...FULL, ...attrs });
  expect(config, 'no config when anything is wrong').to.equal(undefined);
  expect(warnings).to.have.length(1);
  return warnings[0]!;
}

describe('VNeID configuration', () => {
  describe('when no VNeID attribute is set', () => {
    it('offers no VNeID and says nothing', () => {
      expect(parseVneidConfig(NONE)).to.deep.equal({ warnings: [] });
    });

    it('treats attributes left empty by a template as not set', () => {
      expect(parseVneidConfig({ authorizeUrl: '', clientId: ' ', redirectUri: '', scope: '' })).to.deep.equal({ warnings: [] });
    });
  });

  describe('when everything needed is set', () => {
    it('reads it, with scope openid by default', () => {
      expect(parseVneidConfig(FULL)).to.deep.equal({
        config: {
          authorizeUrl: FULL.authorizeUrl,
          clientId: FULL.clientId,
          redirectUri: FULL.redirectUri,
          scope: 'openid',
        },
        warnings: [],
      });
    });

    it('trims values and normalises the scope list', () => {
      const { config, warnings } = parseVneidConfig({
        authorizeUrl: `  ${FULL.authorizeUrl}\n`,
        clientId: ' dvc-tinh-abc ',
        redirectUri: ` ${FULL.redirectUri} `,
        scope: '  openid   profile\topenid ',
      });
      expect(warnings).to.deep.equal([]);
      expect(config).to.deep.equal({ authorizeUrl: FULL.authorizeUrl, clientId: 'dvc-tinh-abc', redirectUri: FULL.redirectUri, scope: 'openid profile' });
    });

    it('keeps a query on the authorize URL', () => {
      const { config } = parseVneidConfig({ ...FULL, authorizeUrl: 'https://idp.example.vn/authorize?tenant=hcm' });
      expect(config?.authorizeUrl).to.equal('https://idp.example.vn/authorize?tenant=hcm');
    });

    it('allows http only on this computer, for development', () => {
      for (const url of ['http://localhost:8080/authorize', 'http://127.0.0.1/authorize', 'http://[::1]:9000/authorize']) {
        expect(parseVneidConfig({ ...FULL, authorizeUrl: url }).config?.authorizeUrl, url).to.equal(url);
      }
    });

    it('accepts an https redirect URI, and http on loopback only', () => {
      for (const url of ['http://localhost:5173/callback', 'http://127.0.0.1/cb', 'https://a.example/cb?from=dvc']) {
        expect(parseVneidConfig({ ...FULL, redirectUri: url }).config?.redirectUri, url).to.equal(url);
      }
    });
  });

  describe('when only some attributes are set', () => {
    it('names the one that is missing', () => {
      expect(warningOf({ clientId: null })).to.equal('<dvc-register>: VNeID is not offered: vneid-client-id is missing.');
    });

    it('names all that are missing, in one warning', () => {
      expect(warningOf({ clientId: null, redirectUri: '' })).to.equal(
        '<dvc-register>: VNeID is not offered: vneid-client-id and vneid-redirect-uri are missing.',
      );
    });

    it('warns when only the scope is set', () => {
      expect(warningOf({ ...NONE, scope: 'openid' })).to.equal(
        '<dvc-register>: VNeID is not offered: vneid-authorize-url, vneid-client-id and vneid-redirect-uri are missing.',
      );
    });

    it('says both what is missing and what is wrong', () => {
      expect(warningOf({ clientId: null, authorizeUrl: 'http://idp.example.vn/authorize' })).to.equal(
        '<dvc-register>: VNeID is not offered: vneid-client-id is missing; vneid-authorize-url="http://idp.example.vn/authorize" must be an https:// URL (http:// only on localhost or 127.0.0.1, for development).',
      );
    });
  });

  describe('when a value is malformed', () => {
    const HTTPS = 'must be an https:// URL (http:// only on localhost or 127.0.0.1, for development)';
    const cases: [Partial<VneidAttributes>, string][] = [
      [{ authorizeUrl: '/oauth2/authorize' }, 'vneid-authorize-url="/oauth2/authorize" is not an absolute URL'],
      [{ authorizeUrl: 'http://idp.example.vn/authorize' }, `vneid-authorize-url="http://idp.example.vn/authorize" ${HTTPS}`],
      [{ authorizeUrl: 'javascript:alert(1)' }, `vneid-authorize-url="javascript:alert(1)" ${HTTPS}`],
      [{ authorizeUrl: 'https://user:pw@idp.example.vn/authorize' }, 'vneid-authorize-url="https://user:pw@idp.example.vn/authorize" must not contain a user name or password'],
      [{ authorizeUrl: 'https://idp.example.vn/authorize#x' }, 'vneid-authorize-url="https://idp.example.vn/authorize#x" must not contain a fragment (#…)'],
      [{ redirectUri: 'callback.html' }, 'vneid-redirect-uri="callback.html" is not an absolute URL'],
      [{ redirectUri: 'ftp://portal.example/cb' }, 'vneid-redirect-uri="ftp://portal.example/cb" must be an http:// or https:// URL'],
      [{ redirectUri: 'vneid-app://callback' }, 'vneid-redirect-uri="vneid-app://callback" must be an http:// or https:// URL'],
      [{ redirectUri: 'https://portal.example/cb#done' }, 'vneid-redirect-uri="https://portal.example/cb#done" must not contain a fragment (#…)'],
      [{ redirectUri: 'http://portal.example/cb' }, `vneid-redirect-uri="http://portal.example/cb" ${HTTPS}`],
      [{ redirectUri: 'https://u:p@portal.example/cb' }, 'vneid-redirect-uri="https://u:p@portal.example/cb" must not contain a user name or password'],
      [{ clientId: 'dvc\u0000abc' }, 'vneid-client-id="dvc\u0000abc" may hold printable ASCII characters only'],
      [{ clientId: 'cổng-tỉnh' }, 'vneid-client-id="cổng-tỉnh" may hold printable ASCII characters only'],
      [{ scope: 'profile email' }, 'vneid-scope="profile email" must include openid'],
      [{ scope: 'openid "profile"' }, 'vneid-scope="openid "profile"" must be space-separated scope names'],
    ];
    for (const [attrs, expected] of cases) {
      it(`refuses ${JSON.stringify(attrs)}`, () => {
        expect(warningOf(attrs)).to.equal(`<dvc-register>: VNeID is not offered: ${expected}.`);
      });
    }

    it('names every refused value, in one warning, in the order of the attributes', () => {
      expect(warningOf({ authorizeUrl: 'ftp://idp/a', clientId: 'cổng', redirectUri: 'cb', scope: 'email' })).to.equal(
        '<dvc-register>: VNeID is not offered: vneid-authorize-url="ftp://idp/a" must be an https:// URL (http:// only on localhost or 127.0.0.1, for development); ' +
          'vneid-client-id="cổng" may hold printable ASCII characters only; vneid-redirect-uri="cb" is not an absolute URL; vneid-scope="email" must include openid.',
      );
    });
  });
});

describe('VNeID configuration problems as data (what the widget reads in its first load)', () => {
  it('gives one problem with what is missing and each refused value, as written', () => {
    expect(readVneidConfig({ ...FULL, clientId: null, authorizeUrl: ' http://idp.example.vn/authorize', scope: 'profile' })).to.deep.equal({
      problems: [
        {
          code: 'vneid',
          missing: ['vneid-client-id'],
          invalid: [
            { attr: 'vneid-authorize-url', value: ' http://idp.example.vn/authorize', why: 'https-only' },
            { attr: 'vneid-scope', value: 'profile', why: 'scope-openid' },
          ],
        },
      ],
    });
  });

  it('says a callback on another origin, with the configuration, and words it as before', () => {
    const { config, problems } = readVneidConfig(FULL, 'https://other.example.gov.vn');
    expect(config?.redirectUri).to.equal(FULL.redirectUri);
    expect(problems).to.deep.equal([{ code: 'vneid-origin', value: FULL.redirectUri, pageOrigin: 'https://other.example.gov.vn' }]);
    expect(parseVneidConfig(FULL, 'https://other.example.gov.vn').warnings).to.deep.equal([
      '<dvc-register>: vneid-redirect-uri="https://dichvucong.example.gov.vn/vneid/callback" is on another origin than this page (https://other.example.gov.vn); ' +
        'its callback page cannot read the PKCE verifier from sessionStorage unless you pass it on yourself (see the dvc-vneid-redirect event).',
    ]);
  });
});

describe('vneidConfigOf', () => {
  const vneid = { authorizeUrl: 'https://a.example/authorize', clientId: 'c', redirectUri: 'https://b.example/cb', scope: 'openid' };

  it('finds the VNeID part of a widget configuration', () => {
    expect(vneidConfigOf({ apiBase: '/api', vneid })).to.equal(vneid);
  });

  it('finds nothing in a configuration without one, or with a broken one', () => {
    for (const config of [undefined, null, 'vneid', {}, { vneid: null }, { vneid: { ...vneid, clientId: '' } }, { vneid: { ...vneid, scope: 1 } }]) {
      expect(vneidConfigOf(config), JSON.stringify(config)).to.equal(undefined);
    }
  });
});
