/**
 * The USB steps after signing and the certificate calls' client are separate downloads: both are
 * asked for as soon as the first USB step is shown, so they are there (defined) before the person
 * has signed, and arriving at the details step shows no wait.
 */
import { expect } from '@open-wc/testing';
import { chunkAttempts } from '../../src/loading/chunk.js';
import { signingMockBackend } from '../../src/mocks/signing.js';
import { FakeSigningPlugin } from '../../src/signing/fake.js';
import { getButton, stepHeading, waitFor } from '../helpers/dom.js';
import { widget } from '../helpers/widget.js';

describe('the USB steps after signing', () => {
  beforeEach(() => signingMockBackend.reset());
  afterEach(() => void delete chunkAttempts.intercept);

  it('are requested while the plugin is checked, before the person reaches the details step', async () => {
    const asked: string[] = [];
    chunkAttempts.intercept = (name, attempt) => {
      asked.push(name);
      return attempt();
    };
    const el = await widget({ subjects: 'business', methods: 'usb' });
    el.signingPlugin = new FakeSigningPlugin({ holder: 'business', mode: 'missing' });
    // The plugin is missing: the person is still at the first USB step.
    await waitFor(() => stepHeading(el) === 'Chưa tìm thấy công cụ ký số', { message: 'the plugin check' });
    await waitFor(() => asked.includes('usb-after-signing') && asked.includes('certificate-client'), { message: 'both asked for' });
    expect(asked.indexOf('method-usb')).to.be.lessThan(asked.indexOf('usb-after-signing'));
    await waitFor(() => customElements.get('dvc-step-certificate-details') !== undefined, { message: 'the details step defined' });
    expect(customElements.get('dvc-step-certificate-done'), 'the done step with it').to.not.equal(undefined);
    expect(stepHeading(el)).to.equal('Chưa tìm thấy công cụ ký số');
    expect(getButton(el, 'Tôi đã cài xong – kiểm tra lại')).to.not.equal(undefined);
  });
});
