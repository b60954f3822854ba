/**
 * The form steps (phone and BHXH's, which Vietnam Post imports too) fail to download once, while
 * both methods are offered. What comes back depends on the browser's module-map rule:
 *
 * - Chromium (since about M143) fetches a failed module again: the retries bring Vietnam Post's
 *   form and the phone form, with the form steps downloaded once more under their own URL. A copy
 *   under a `?retry` URL would be downloaded (20 KB) and run a second time beside Vietnam Post's.
 * - Firefox remembers the failure: neither can come back in this page, and each failure notice
 *   offers a reload after one retry. Vietnam Post must never show the form without its own parts
 *   (its address picker), which it did when a retry took the form steps' file for its own.
 *
 * The mock worker fails the first request of the module, for this page only.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { getButton, getByLabel, getRadio, queryButton, stepHeading, waitFor } from '../helpers/dom.js';
import { engine } from '../helpers/engine.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { widget } from '../helpers/widget.js';

const FORM = 'Nhập thông tin đăng ký';

/** Goes on from the method step with `method`. */
function choose(el: HTMLElement, method: string): void {
  getRadio(el, method).click();
  getButton(el, 'Tiếp tục').click();
}

/**
 * Waits for the form with the field labelled `field`, the person retrying whenever the failure
 * shows; or, with `field` true, for the failure notice's reload (and no form meanwhile).
 */
async function reach(el: HTMLElement, field: true | string | RegExp, what: string): Promise<void> {
  await waitFor(
    () => {
      if (field === true) {
        expect(stepHeading(el), 'no form without its code').to.not.equal(FORM);
        if (queryButton(el, 'Tải lại trang')) return true;
      }
      queryButton(el, 'Thử lại')?.click();
      return field !== true && stepHeading(el) === FORM && getByLabel(el, field);
    },
    { message: field === true ? 'a reload offered' : what },
  );
}

describe('form steps whose first download failed', () => {
  it('come back once; Vietnam Post shows its whole form or offers a reload, never the form without its parts', async () => {
    const asked: string[] = [];
    const worker = await useMockBackend();
    worker.use(
      http.get(/\/form-journey(-[\w-]+)?\.(js|ts)(\?.*)?$/, ({ request }) => {
        asked.push(request.url);
        return asked.length === 1 ? HttpResponse.error() : undefined;
      }),
    );
    const el = await widget({ methods: 'vnpost,phone' });
    // The idle download of the offered methods meets the failure before anyone chooses.
    await waitFor(() => asked.length >= 1, { message: 'the form steps asked for while idle' });

    const reloadOffered = engine === 'firefox';
    choose(el, 'Tài khoản Bưu điện Việt Nam');
    await reach(el, reloadOffered || 'Tỉnh, thành phố', 'Vietnam Post’s form with its address picker');
    getButton(el, '‹ Quay lại').click();
    await waitFor(() => getRadio(el, 'Thuê bao di động'), { message: 'the method step again' });
    choose(el, 'Thuê bao di động');
    await reach(el, reloadOffered || /Số điện thoại/, 'the phone form');

    expect(asked, 'the form steps downloaded once more at most, not twice').to.have.length(reloadOffered ? 1 : 2);
  });
});
