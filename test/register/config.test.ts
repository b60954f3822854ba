import { expect } from '@open-wc/testing';
import { BUILT_METHODS, KNOWN_METHODS } from '../../src/flow/catalog.js';
import { DEFAULTS, parseConfig } from '../../src/register/config.js';

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
      plugin: 'vnpt-ca',
      pluginUrl: 'wss://127.0.0.1:4433/plugin',
    });
    expect(warnings).to.deep.equal([]);
    expect(config.apiBase).to.equal('https://api.example.gov.vn/registration/');
    expect(config.apiTimeout).to.equal(5000);
    expect(config.email).to.equal('required');
    expect(config.plugin).to.deep.equal({ protocol: 'vnpt-ca', url: 'wss://127.0.0.1:4433/plugin' });
  });

  it('falls back to the default with one warning per malformed attribute', () => {
    const { config, warnings } = parseConfig({
      apiBase: 'javascript:alert(1)',
      apiTimeout: 'soon',
      email: 'maybe',
      subjects: 'citizen,alien',
      plugin: 'acme',
      pluginUrl: 'wss://evil.example.com/plugin',
    });
    expect(config.apiBase).to.equal(DEFAULTS.apiBase);
    expect(config.apiTimeout).to.equal(DEFAULTS.apiTimeout);
    expect(config.email).to.equal('optional');
    expect(config.offer.subjects).to.deep.equal(['citizen', 'business', 'agency']);
    expect(config.plugin).to.deep.equal({ protocol: 'vgca' });
    expect(warnings).to.have.length(6);
    expect(warnings[0]).to.contain('api-base="javascript:alert(1)"');
  });

  it('never offers nothing: lists that share no way to register fall back to the defaults', () => {
    const { config, warnings } = parseConfig({ subjects: 'agency', methods: 'phone' });
    expect(config.offer.subjects).to.deep.equal(['citizen', 'business', 'agency']);
    expect(warnings).to.have.length(1);
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
    expect(asked.warnings).to.have.length(1);
    expect(asked.warnings[0]).to.contain('vneid-authorize-url');
  });

  it('rejects an empty list and an out-of-range timeout', () => {
    const { warnings } = parseConfig({ subjects: ' , ', apiTimeout: '10' });
    expect(warnings).to.have.length(2);
  });

  describe('api-base', () => {
    const HTTPS_PAGE = { href: 'https://dichvucong.example.gov.vn/dang-ky' };

    it('refuses plain http from an https page, with one warning, and keeps the default', () => {
      const { config, warnings } = parseConfig({ apiBase: 'http://api.example.gov.vn/registration' }, HTTPS_PAGE);
      expect(config.apiBase).to.equal(DEFAULTS.apiBase);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('api-base="http://api.example.gov.vn/registration"').and.contain('mixed content');
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

    it('refuses a fragment and a user name or password, each with one warning', () => {
      for (const apiBase of ['/api/registration#x', 'https://user:secret@api.example.gov.vn/r']) {
        const { config, warnings } = parseConfig({ apiBase }, HTTPS_PAGE);
        expect(config.apiBase, apiBase).to.equal(DEFAULTS.apiBase);
        expect(warnings, apiBase).to.have.length(1);
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
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('vneid-redirect-uri').and.contain('https://');
    });

    it('says once, when the configuration is read, that a callback on another origin cannot read the verifier', () => {
      const { config, warnings } = parseConfig({ ...VNEID, vneidRedirectUri: 'https://elsewhere.example.gov.vn/cb' }, PAGE);
      expect(config.vneid?.redirectUri).to.equal('https://elsewhere.example.gov.vn/cb');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('another origin');
      const same = parseConfig({ ...VNEID, vneidRedirectUri: 'https://dichvucong.hanoi.example.gov.vn/cb' }, PAGE);
      expect(same.warnings).to.deep.equal([]);
    });
  });
});
