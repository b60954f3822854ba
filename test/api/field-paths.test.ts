/**
 * Field errors as a backend validating the whole request body names them: by their path in the
 * body ("details.phone"), as a JSON Pointer ("/details/idNumber", what JSON Schema validators
 * report), an address part ("permanentAddress.street"), the captcha's answer ("captcha.answer").
 * Each message shows at the field the person can change; none is dropped, and a backend that
 * names only fields the person cannot see is never answered with "fix the marked fields".
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { clean, deepQueryAll, getByLabel, stepHeading, visibleText, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { fillDetails, PERSON, submitDetails, toOtp, WORDS } from '../helpers/phone-journey.js';
import { mockBackend } from '../../src/mocks/backend.js';
import { press, type } from '../helpers/user.js';
import { fillVnpost, VNPOST_WORDS } from '../helpers/vnpost-journey.js';
import { pickers } from '../helpers/address.js';
import { phoneWidget, widget } from '../helpers/widget.js';

const start = `${MOCK_BASE}/registrations`;

/** The registration's start answered once with a 422 naming these fields. */
const refusedOnce = (errors: { field: string; code: string }[]) =>
  http.post(
    start,
    () =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Invalid request', status: 422, code: 'validation_failed', errors },
        { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    { once: true },
  );

/** The message shown at an input: its error, which the input is described by. */
function errorAt(input: HTMLInputElement): string | undefined {
  if (input.getAttribute('aria-invalid') !== 'true') return undefined;
  const root = input.getRootNode() as ShadowRoot;
  const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => root.getElementById(id));
  return described.map((node) => clean(node?.textContent)).find((text) => text.startsWith('Lỗi:') || text.startsWith('Error:'));
}

describe('field errors named by their path in the request', () => {
  it('"details.phone" and "/details/idNumber" show at the phone and ID fields, what was typed kept', async () => {
    const worker = await useMockBackend();
    worker.use(refusedOnce([
      { field: 'details.phone', code: 'phone.not_mobile' },
      { field: '/details/idNumber', code: 'cccd.length' },
    ]));
    const el = await phoneWidget();
    const w = WORDS.vi;
    await waitFor(() => stepHeading(el) === w.detailsHeading);
    await fillDetails(el, 'vi');
    await submitDetails(el, 'vi');
    const phone = getByLabel(el, w.phone);
    await waitFor(() => errorAt(phone), { message: 'a message at the phone' });
    expect(errorAt(phone)).to.contain('di động');
    expect(errorAt(getByLabel(el, w.idNumber))).to.contain('12 chữ số');
    expect(phone.value).to.equal(PERSON.phone);
    expect(visibleText(el)).to.not.contain('Hệ thống chưa chấp nhận');
  });

  it('an address part ("/details/permanentAddress/street") shows at that address\'s street', async () => {
    const worker = await useMockBackend();
    worker.use(refusedOnce([{ field: '/details/permanentAddress/street', code: 'required' }]));
    const el = await widget({ methods: 'vnpost' });
    const w = VNPOST_WORDS.vi;
    await fillVnpost(el, w);
    deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => clean(b.textContent) === w.register)!.click();
    const [permanent, current] = pickers(el);
    const street = getByLabel(permanent!, w.street);
    await waitFor(() => errorAt(street), { message: 'a message at the permanent address street' });
    expect(errorAt(street)).to.equal('Lỗi: Hãy nhập số nhà, tên đường hoặc thôn, xóm.');
    expect(errorAt(getByLabel(current!, w.street)), 'the other address is not blamed').to.equal(undefined);
    expect(street.value, 'what was typed is kept').to.equal('12 Phố Đội Cấn');
  });

  it('the current address blamed while it is "the same as permanent": its own inputs come back, the copy in them, the message there', async () => {
    const worker = await useMockBackend();
    worker.use(refusedOnce([{ field: 'details.currentAddress.street', code: 'required' }]));
    const el = await widget({ methods: 'vnpost' });
    const w = VNPOST_WORDS.vi;
    await fillVnpost(el, w);
    expect(getByLabel(el, w.same).checked, 'the form is filled with "same as permanent"').to.equal(true);
    deepQueryAll<HTMLButtonElement>(el, 'button').find((b) => clean(b.textContent) === w.register)!.click();
    const current = pickers(el)[1]!;
    const street = getByLabel(current, w.street);
    await waitFor(() => errorAt(street), { message: 'a message at the current address street' });
    expect(errorAt(street)).to.equal('Lỗi: Hãy nhập số nhà, tên đường hoặc thôn, xóm.');
    expect(street.disabled, 'the person can change it').to.equal(false);
    expect(street.value, 'the copy of the permanent address is there to change').to.equal('12 Phố Đội Cấn');
    expect(getByLabel(el, w.same).checked).to.equal(false);
  });

  it('fields the person cannot see are not "marked": the alert says what to do instead', async () => {
    const worker = await useMockBackend();
    worker.use(refusedOnce([{ field: 'details.nationality', code: 'required' }]));
    const el = await phoneWidget();
    const w = WORDS.vi;
    await waitFor(() => stepHeading(el) === w.detailsHeading);
    await fillDetails(el, 'vi');
    await submitDetails(el, 'vi');
    const alert = await waitFor(() => deepQueryAll(el, '[role="alert"]').find((a) => clean(a.textContent) !== ''));
    expect(clean(alert.textContent)).to.not.contain('ô được đánh dấu');
    expect(clean(alert.textContent)).to.contain('Hệ thống chưa chấp nhận');
    expect(deepQueryAll(el, '[aria-invalid="true"]'), 'no field is blamed').to.have.length(0);
  });

  it('on the OTP step too: a field error it has no field for never says "the marked fields"', async () => {
    const worker = await useMockBackend();
    const el = await phoneWidget();
    await waitFor(() => stepHeading(el) === WORDS.vi.detailsHeading);
    await toOtp(el, 'vi');
    worker.use(
      http.post(
        `${MOCK_BASE}/registrations/:id/otp/verify`,
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Invalid', status: 422, code: 'validation_failed', errors: [{ field: 'otp.value', code: 'required' }] },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await type(getByLabel(el, WORDS.vi.otp), mockBackend.lastOtp()!.code);
    await press('Enter');
    const alert = await waitFor(() => deepQueryAll(el, '[role="alert"]').find((a) => clean(a.textContent) !== ''));
    expect(clean(alert.textContent)).to.contain('Hệ thống chưa chấp nhận').and.not.contain('ô được đánh dấu');
  });
});
