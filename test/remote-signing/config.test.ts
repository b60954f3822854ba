import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/register/config.js';
import { configWarning } from '../../src/register/config-warnings.js';

describe('remote signing in the configuration', () => {
  it('is not offered unless listed in methods (it needs the backend and provider contracts)', () => {
    const { config } = parseConfig({});
    expect(config.offer.methods.citizen).not.to.include('sim');
    expect(config.offer.methods.citizen).not.to.include('smartca');
  });

  it('offers SIM ký số to citizens, businesses and agencies when listed', () => {
    const { config, warnings } = parseConfig({ methods: 'phone,sim' });
    expect(warnings).to.deep.equal([]);
    expect(config.offer.subjects).to.deep.equal(['citizen', 'business', 'agency']);
    expect(config.offer.methods).to.deep.equal({ citizen: ['phone', 'sim'], business: ['sim'], agency: ['sim'] });
  });

  it('offers VNPT SmartCA to citizens only by default', () => {
    const { config } = parseConfig({ methods: 'smartca' });
    expect(config.offer.subjects).to.deep.equal(['citizen']);
    expect(config.offer.methods).to.deep.equal({ citizen: ['smartca'] });
  });

  it('offers VNPT SmartCA to businesses when smartca-subjects says so', () => {
    const { config, warnings } = parseConfig({ methods: 'sim,smartca', smartcaSubjects: 'citizen business' });
    expect(warnings).to.deep.equal([]);
    expect(config.offer.methods.business).to.deep.equal(['sim', 'smartca']);
    expect(config.offer.methods.agency).to.deep.equal(['sim']);
  });

  it('ignores a malformed smartca-subjects with one warning', () => {
    const { config, warnings } = parseConfig({ methods: 'smartca', smartcaSubjects: 'agency' });
    expect(config.offer.methods).to.deep.equal({ citizen: ['smartca'] });
    expect(warnings.map(configWarning)).to.deep.equal([
      '<dvc-register>: ignoring smartca-subjects="agency"; using "citizen" (allowed: citizen, business).',
    ]);
  });
});
