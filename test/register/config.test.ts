import { expect } from '@open-wc/testing';
import { BUILT_METHODS, KNOWN_METHODS } from '../../src/flow/catalog.js';
import { DEFAULTS, parseConfig as parseConfigData, type ConfigAttributes, type PageInfo } from '../../src/register/config.js';
import { configWarning } from '../../src/register/config-warnings.js';
import { parsePluginConfig } from '../../src/steps/usb/plugin-config.js';

/** parseConfig() with its warnings in words, as the widget prints them. */
function parseConfig(attrs: Partial<ConfigAttributes>, page?: PageInfo) {
  const { config, warnings } = parseConfigData(attrs, page);
  return { config, warnings: warnings.map(configWarning) };
}

describe('configuration attributes', () => {
  it('uses the defaults when nothing is set, without warnings', () => {
    const { config, warnings } = parseConfig({});
    expect(config.apiBase).to.equal(DEFAULTS.apiBase);
    expect(config.apiTimeout).to.equal(DEFAULTS.apiTimeout);
    expect(config.email).to.equal('optional');
    // The USB token gives businesses and agencies a method: every subject is offered.
    expect(config.offer.subjects).to.deep.equal(['citizen', 'business', 'agency']);
    expect(warnings).to.deep.equal([]);
  });

  it('reads valid values', () => {
    const { config, warnings } = parseConfig({
      apiBase: 'https://api.example.gov.vn/registration/',
      apiTimeout: '5000',
      email: 'Required',
      subjects: 'citizen, business',
      methods: 'phone',
    });
    expect(warnings).to.deep.equal([]);
    expect(config.apiBase).to.equal('https://api.example.gov.vn/registration/');
    expect(config.apiTimeout).to.equal(5000);
    expect(config.email).to.equal('required');
  });

  it('falls back to the default with one warning per malformed attribute', () => {
    const { config, warnings } = parseConfig({
      apiBase: 'javascript:alert(1)',
      apiTimeout: 'soon',
      email: 'maybe',
      subjects: 'citizen,alien',
    });
    expect(config.apiBase).to.equal(DEFAULTS.apiBase);
    expect(config.apiTimeout).to.equal(DEFAULTS.apiTimeout);
    expect(config.email).to.equal('optional');
    expect(config.offer.subjects).to.deep.equal(['citizen', 'business', 'agency']);
    expect(warnings).to.deep.equal([
      '<dvc-register>: ignoring api-base="javascript:alert(1)"; using "/api/registration" (only http(s) URLs are allowed).',
      '<dvc-register>: ignoring api-timeout="soon"; using 20000 ms (allowed: 1000–300000).',
      '<dvc-register>: ignoring email="maybe"; using "optional" (allowed: optional, required).',
      '<dvc-register>: ignoring subjects="citizen,alien"; using "citizen,business,agency".',
    ]);
  });

  it('reports each problem as data (a code and the values its sentence quotes), not as a sentence', () => {
    const { warnings } = parseConfigData({ apiBase: 'http://api.example.gov.vn/r', methods: 'phone,teleport', draft: 'sometimes' }, { href: 'https://portal.example/' });
    expect(warnings).to.deep.equal([
      { code: 'ignored', attr: 'api-base', value: 'http://api.example.gov.vn/r', why: 'mixed-content' },
      { code: 'ignored', attr: 'methods', value: 'phone,teleport', defaults: ['phone', 'bhxh', 'vnpost', 'usb'] },
      { code: 'ignored', attr: 'draft', value: 'sometimes' },
    ]);
  });

  it('words every other ignored attribute as before', () => {
    const { warnings } = parseConfig({
      methods: 'phone,teleport',
      signInUrl: 'javascript:void(0)',
      forgotPasswordUrl: '',
      smartcaSubjects: 'agency',
      draft: 'sometimes',
    });
    expect(warnings).to.deep.equal([
      '<dvc-register>: ignoring sign-in-url="javascript:void(0)"; using the national portal.',
      '<dvc-register>: ignoring forgot-password-url=""; using the national portal.',
      '<dvc-register>: ignoring methods="phone,teleport"; using "phone,bhxh,vnpost,usb".',
      '<dvc-register>: ignoring smartca-subjects="agency"; using "citizen" (allowed: citizen, business).',
      '<dvc-register>: ignoring draft="sometimes"; using a draft for this tab (allowed: on, off).',
    ]);
  });

  it('words the warnings the widget itself gives: an unknown lang, and widgets asking for different languages', () => {
    expect(configWarning({ code: 'ignored', attr: 'lang', value: 'fr' })).to.equal('<dvc-register>: ignoring lang="fr"; using "vi" (allowed: vi, en, or either with a region, such as en-US).');
    expect(configWarning({ code: 'lang-conflict', languages: ['en', 'vi'] })).to.equal(
      '<dvc-register>: widgets ask for different languages (en, vi); all show the one asked last. See README.',
    );
  });

  it('never offers nothing: lists that share no way to register fall back to the defaults', () => {
    const { config, warnings } = parseConfig({ subjects: 'agency', methods: 'phone' });
    expect(config.offer.subjects).to.deep.equal(['citizen', 'business', 'agency']);
    expect(warnings).to.deep.equal(['<dvc-register>: subjects="agency" and methods="phone" offer no way to register; using the defaults.']);
  });

  it('builds every known method; SIM ký số and SmartCA only when listed (opt-in), without a warning', () => {
    expect([...BUILT_METHODS]).to.have.members([...KNOWN_METHODS]);
    expect(parseConfig({}).config.offer.methods.citizen).to.deep.equal(['phone', 'bhxh', 'vnpost', 'usb']);
    const { config, warnings } = parseConfig({ methods: 'sim,usb' });
    expect(config.offer.methods.citizen).to.deep.equal(['sim', 'usb']);
    expect(warnings).to.deep.equal([]);
  });

  it('offers VNeID only when it is configured', () => {
    expect(parseConfig({}).config.offer.methods.citizen).to.not.include('vneid');
    const { config, warnings } = parseConfig(
      {
        vneidAuthorizeUrl: 'https://sso.vneid.example.gov.vn/authorize',
        vneidClientId: 'dvc-hanoi',
        vneidRedirectUri: 'https://dichvucong.hanoi.example.gov.vn/vneid/callback',
      },
      { href: 'https://dichvucong.hanoi.example.gov.vn/dang-ky' },
    );
    expect(warnings).to.deep.equal([]);
    expect(config.offer.methods.citizen).to.deep.equal(['phone', 'bhxh', 'vnpost', 'usb', 'vneid']);
    expect(config.vneid?.clientId).to.equal('dvc-hanoi');
    const asked = parseConfig({ methods: 'vneid,phone' });
    expect(asked.config.offer.methods.citizen).to.deep.equal(['phone']);
    expect(asked.warnings).to.deep.equal([
      '<dvc-register>: methods="vneid,phone": vneid needs vneid-authorize-url, vneid-client-id and vneid-redirect-uri; left out.',
    ]);
  });

  it('rejects an empty list and an out-of-range timeout', () => {
    const { warnings } = parseConfig({ subjects: ' , ', apiTimeout: '10' });
    expect(warnings).to.deep.equal([
      '<dvc-register>: ignoring api-timeout="10"; using 20000 ms (allowed: 1000–300000).',
      '<dvc-register>: ignoring subjects=" , "; using "citizen,business,agency".',
    ]);
  });

  describe('api-base', () => {
    const HTTPS_PAGE = { href: 'https://dichvucong.example.gov.vn/dang-ky' };

    it('refuses plain http from an https page, with one warning, and keeps the default', () => {
      const { config, warnings } = parseConfig({ apiBase: 'http://api.example.gov.vn/registration' }, HTTPS_PAGE);
      expect(config.apiBase).to.equal(DEFAULTS.apiBase);
      expect(warnings).to.deep.equal([
        '<dvc-register>: ignoring api-base="http://api.example.gov.vn/registration"; using "/api/registration" (plain http:// from an https:// page is blocked by the browser as mixed content; use https://).',
      ]);
    });

    it('allows http on loopback for development, and http from an http page', () => {
      for (const apiBase of ['http://localhost:3000/api', 'http://127.0.0.1/api', 'http://[::1]:8080/api']) {
        const { config, warnings } = parseConfig({ apiBase }, HTTPS_PAGE);
        expect(warnings, apiBase).to.deep.equal([]);
        expect(config.apiBase).to.equal(apiBase);
      }
      const plain = parseConfig({ apiBase: 'http://api.example.gov.vn/r' }, { href: 'http://intranet.example/' });
      expect(plain.warnings).to.deep.equal([]);
      expect(plain.config.apiBase).to.equal('http://api.example.gov.vn/r');
    });

    it('accepts a relative base and one with a query (paths go before the query)', () => {
      for (const apiBase of ['/api/registration', 'api', 'https://api.example.gov.vn/r?tenant=hanoi']) {
        const { config, warnings } = parseConfig({ apiBase }, HTTPS_PAGE);
        expect(warnings, apiBase).to.deep.equal([]);
        expect(config.apiBase).to.equal(apiBase);
      }
    });

    it('refuses a fragment, a user name or password, and what is not a URL, each with one warning', () => {
      for (const [apiBase, why] of [
        ['/api/registration#x', 'a fragment (#…) is not allowed in it'],
        ['https://user:secret@api.example.gov.vn/r', 'a user name or password is not allowed in it'],
        ['http://[::1', 'not a URL'],
      ]) {
        const { config, warnings } = parseConfig({ apiBase }, HTTPS_PAGE);
        expect(config.apiBase, apiBase).to.equal(DEFAULTS.apiBase);
        expect(warnings, apiBase).to.deep.equal([`<dvc-register>: ignoring api-base="${apiBase}"; using "/api/registration" (${why}).`]);
      }
    });
  });

  describe('vneid-redirect-uri', () => {
    const VNEID = { vneidAuthorizeUrl: 'https://sso.vneid.example.gov.vn/authorize', vneidClientId: 'dvc-hanoi' };
    const PAGE = { href: 'https://dichvucong.hanoi.example.gov.vn/dang-ky' };

    it('refuses plain http off loopback when the configuration is read: VNeID is not offered, one warning', () => {
      const { config, warnings } = parseConfig({ ...VNEID, vneidRedirectUri: 'http://dichvucong.hanoi.example.gov.vn/cb' }, PAGE);
      expect(config.vneid).to.equal(undefined);
      expect(config.offer.methods.citizen).to.not.include('vneid');
      expect(warnings).to.deep.equal([
        '<dvc-register>: VNeID is not offered: vneid-redirect-uri="http://dichvucong.hanoi.example.gov.vn/cb" must be an https:// URL (http:// only on localhost or 127.0.0.1, for development).',
      ]);
    });

    it('says once, when the configuration is read, that a callback on another origin cannot read the verifier', () => {
      const { config, warnings } = parseConfig({ ...VNEID, vneidRedirectUri: 'https://elsewhere.example.gov.vn/cb' }, PAGE);
      expect(config.vneid?.redirectUri).to.equal('https://elsewhere.example.gov.vn/cb');
      expect(warnings).to.deep.equal([
        '<dvc-register>: vneid-redirect-uri="https://elsewhere.example.gov.vn/cb" is on another origin than this page (https://dichvucong.hanoi.example.gov.vn); ' +
          'its callback page cannot read the PKCE verifier from sessionStorage unless you pass it on yourself (see the dvc-vneid-redirect event).',
      ]);
      const same = parseConfig({ ...VNEID, vneidRedirectUri: 'https://dichvucong.hanoi.example.gov.vn/cb' }, PAGE);
      expect(same.warnings).to.deep.equal([]);
    });
  });
});

describe("the signing plugin's attributes, read by the USB-token steps", () => {
  const BAD = {
    plugin: 'acme',
    pluginUrl: 'wss://evil.example.com/plugin',
    pluginDownloadWindows: 'http://plugin.example/setup.exe',
    pluginDownloadMacos: 'ftp://plugin.example/setup.pkg',
    pluginMinVersion: '1.x',
  };

  it('reads valid values, and only what is set', () => {
    expect(parsePluginConfig({})).to.deep.equal({ plugin: { protocol: 'vgca' }, warnings: [] });
    const { plugin, warnings } = parsePluginConfig({
      plugin: ' VNPT-CA ',
      pluginUrl: 'wss://127.0.0.1:4433/plugin',
      pluginDownloadWindows: 'https://portal.example.gov.vn/tai/plugin.msi',
      pluginMinVersion: '1.0.3.4',
      pluginLicence: ' key ',
    });
    expect(warnings).to.deep.equal([]);
    expect(plugin).to.deep.equal({
      protocol: 'vnpt-ca',
      url: 'wss://127.0.0.1:4433/plugin',
      downloads: { windows: 'https://portal.example.gov.vn/tai/plugin.msi' },
      minVersion: '1.0.3.4',
      licence: 'key',
    });
  });

  it('falls back to the default with one warning, in words, per malformed attribute', () => {
    const { plugin, warnings } = parsePluginConfig(BAD);
    expect(plugin).to.deep.equal({ protocol: 'vgca' });
    expect(warnings.map(configWarning)).to.deep.equal([
      '<dvc-register>: ignoring plugin="acme"; using "vgca" (allowed: vgca, vnpt-ca).',
      `<dvc-register>: ignoring plugin-url="wss://evil.example.com/plugin"; using the plugin's default address (only wss:// on 127.0.0.1 or localhost is allowed).`,
      '<dvc-register>: ignoring plugin-download-windows="http://plugin.example/setup.exe"; using the default download page (https only).',
      '<dvc-register>: ignoring plugin-download-macos="ftp://plugin.example/setup.pkg"; using the default download page (https only).',
      '<dvc-register>: ignoring plugin-min-version="1.x"; using no minimum (allowed: numbers with dots, e.g. 1.0.3.4).',
    ]);
    // An installer link is an absolute https:// address as written: a path on the portal is not one.
    expect(parsePluginConfig({ pluginDownloadWindows: '/tai/plugin.msi' }).warnings).to.have.length(1);
  });

  it('is none of the first load\'s business: the configuration passes the attributes on unread', () => {
    const { config, warnings } = parseConfigData(BAD);
    expect(warnings).to.deep.equal([]);
    expect(config.attributes).to.deep.equal(BAD);
  });
});
