import { expect } from '@open-wc/testing';
import { DEFAULTS, parseConfig } from '../../src/register/config.js';

describe('configuration attributes', () => {
  it('uses the defaults when nothing is set, without warnings', () => {
    const { config, warnings } = parseConfig({});
    expect(config.apiBase).to.equal(DEFAULTS.apiBase);
    expect(config.apiTimeout).to.equal(DEFAULTS.apiTimeout);
    expect(config.email).to.equal('optional');
    expect(config.offer.subjects).to.deep.equal(['citizen']);
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
    expect(config.offer.subjects).to.deep.equal(['citizen']);
    expect(config.plugin).to.deep.equal({ protocol: 'vgca' });
    expect(warnings).to.have.length(6);
    expect(warnings[0]).to.contain('api-base="javascript:alert(1)"');
  });

  it('never offers nothing: lists that share no way to register fall back to the defaults', () => {
    const { config, warnings } = parseConfig({ subjects: 'agency', methods: 'phone' });
    expect(config.offer.subjects).to.deep.equal(['citizen']);
    expect(warnings).to.have.length(1);
  });

  it('leaves out methods that are not built yet, and says so', () => {
    const { config, warnings } = parseConfig({ methods: 'usb' });
    expect(config.offer.methods.citizen).to.deep.equal(['phone', 'bhxh', 'vnpost']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('usb');
  });

  it('offers VNeID only when it is configured', () => {
    expect(parseConfig({}).config.offer.methods.citizen).to.not.include('vneid');
    const { config, warnings } = parseConfig({
      vneidAuthorizeUrl: 'https://sso.vneid.example.gov.vn/authorize',
      vneidClientId: 'dvc-hanoi',
      vneidRedirectUri: 'https://dichvucong.hanoi.example.gov.vn/vneid/callback',
    });
    expect(warnings).to.deep.equal([]);
    expect(config.offer.methods.citizen).to.deep.equal(['phone', 'bhxh', 'vnpost', 'vneid']);
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
});
