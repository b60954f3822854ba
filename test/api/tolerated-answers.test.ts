/**
 * Answers that are right where it matters and odd elsewhere, as a backend written from
 * docs/openapi.yaml alone may send them: an optional field the widget only shows, of the wrong
 * type; an administrative unit of a type added by a reform. What matters is kept and the rest
 * ignored, so a person is never told that something failed when it did not. And the reverse: an
 * answer without what the next step needs (the OTP challenge of a phone or BHXH registration) is
 * malformed, however well-formed the rest.
 */
import { expect } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { apiContext } from '../../src/api/context.js';
import { FetchRegistrationApi } from '../../src/api/fetch-api.js';
import { isRegistrationFor } from '../../src/api/response-checks.js';
import type { AdminUnit, RegistrationRequest } from '../../src/api/types.js';
import '../../src/fields/address-picker/address-picker.js';
import type { AddressPicker } from '../../src/fields/address-picker/address-picker.js';
import { BUILT_METHODS, stepsOf } from '../../src/flow/catalog.js';
import { currentLocale } from '../../src/localization/locale.js';
import addresses from '../../src/generated/addresses.json' with { type: 'json' };
import { mockBackend } from '../../src/mocks/backend.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { clean, deepQueryAll, getByLabel, queryButton, stepHeading, waitFor } from '../helpers/dom.js';
import { rejection, SettlingApi } from '../helpers/api.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { WORDS, fillDetails, submitDetails, toDone, toOtp, toPassword } from '../helpers/phone-journey.js';
import { press, type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';

const captchaUrl = `${MOCK_BASE}/captcha`;
const passwordUrl = `${MOCK_BASE}/registrations/:id/password`;
const provincesUrl = `${MOCK_BASE}/addresses/provinces`;

const api = () => new FetchRegistrationApi({ base: '/api/registration', timeout: 5000, locale: () => 'vi' });

/** The mock backend's own captcha (its answer still works), with `audio` replaced. */
const captchaWithAudio = (audio: unknown) =>
  http.post(
    captchaUrl,
    () => {
      const reply = mockBackend.createCaptcha();
      if (!reply.ok) throw new Error('the mock captcha failed');
      return HttpResponse.json({ ...reply.body, audio });
    },
    { once: true },
  );

/** The mock backend's own account creation, answered with another assurance level. */
const accountWithAssurance = (assuranceLevel: unknown) =>
  http.post<{ id: string }, { password: string }>(passwordUrl, async ({ params, request }) => {
    const reply = mockBackend.setPassword(params.id, (await request.json()).password);
    if (!reply.ok) return HttpResponse.json(reply.problem, { status: reply.status, headers: { 'Content-Type': 'application/problem+json' } });
    return HttpResponse.json({ ...reply.body, assuranceLevel }, { status: 201 });
  });

describe('an account answer whose assurance level is not an integer', () => {
  it('still ends the registration: "Đăng ký thành công", and the password is sent once', async () => {
    const worker = await useMockBackend();
    let sent = 0;
    worker.use(
      http.post(passwordUrl, () => {
        sent += 1;
        return undefined;
      }),
      accountWithAssurance(null),
    );
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    await toDone(el, 'vi');
    expect(deepQueryAll(el, '[data-alert]')).to.have.length(0);
    expect(sent).to.equal(1);
  });

  it('is read as an account without one; an integer level is kept, and the user name still needed', async () => {
    const worker = await useMockBackend();
    for (const assuranceLevel of [null, 'high', 3.5, '2']) {
      worker.use(http.post(passwordUrl, () => HttpResponse.json({ username: '001099012345', assuranceLevel }, { status: 201 }), { once: true }));
      // Dropped, not passed on: nothing downstream sees a level of the wrong type.
      expect(await api().setPassword('r1', 'Abcdef1!x'), JSON.stringify(assuranceLevel)).to.deep.equal({ username: '001099012345' });
    }
    worker.use(http.post(passwordUrl, () => HttpResponse.json({ username: '001099012345', assuranceLevel: 3 }, { status: 201 }), { once: true }));
    expect(await api().setPassword('r1', 'Abcdef1!x')).to.deep.equal({ username: '001099012345', assuranceLevel: 3 });
    worker.use(http.post(passwordUrl, () => HttpResponse.json({ assuranceLevel: 2 }, { status: 201 })));
    expect((await rejection(api().setPassword('r1', 'Abcdef1!x'))).code).to.equal('bad_response');
  });
});

describe('a captcha whose audio flag is not a boolean', () => {
  it('shows its image, offers no "Nghe mã", and the person registers with it', async () => {
    (await useMockBackend()).use(captchaWithAudio('yes'));
    const el = await phoneWidget();
    await waitFor(() => deepQueryAll(el, '.captcha img').length > 0, { message: 'the captcha image' });
    expect(queryButton(el, 'Nghe mã')).to.equal(undefined);
    await toOtp(el, 'vi');
  });

  it('is read as a captcha without a recording; a boolean is kept', async () => {
    const worker = await useMockBackend();
    for (const audio of ['yes', 1, null, {}]) {
      worker.use(captchaWithAudio(audio));
      const captcha = await api().createCaptcha();
      expect(captcha.image, JSON.stringify(audio)).to.match(/^data:image\//);
      expect(captcha, JSON.stringify(audio)).not.to.have.property('audio');
    }
    for (const audio of [true, false]) {
      worker.use(captchaWithAudio(audio));
      expect((await api().createCaptcha()).audio).to.equal(audio);
    }
  });
});

describe('administrative units of a type the widget does not know yet', () => {
  const part = (el: AddressPicker, name: 'province' | 'commune') => el.shadowRoot!.querySelector<HTMLInputElement>(`#permanent-${name}`)!;
  let worker: SetupWorker;
  let done: (() => Promise<void>) | undefined;

  beforeEach(async () => {
    worker = await useMockBackend();
  });

  afterEach(async () => {
    await done?.();
    done = undefined;
  });

  /** The provinces of the mock backend, with Hà Nội made a unit of a type invented by a reform. */
  const provincesAfterReform = () =>
    (addresses.provinces as AdminUnit[]).map((unit) => (unit.name === 'Thành phố Hà Nội' ? { ...unit, type: 'special_city' } : unit));

  it('are offered and can be chosen; Vietnam Post addresses stay possible', async () => {
    const haNoi = (addresses.provinces as AdminUnit[]).find((unit) => unit.name === 'Thành phố Hà Nội')!;
    worker.use(
      http.get(provincesUrl, () => HttpResponse.json({ items: provincesAfterReform() })),
      http.get(`${provincesUrl}/${haNoi.code}/communes`, () =>
        HttpResponse.json({ items: [{ code: '99001', name: 'Phường Trung Tâm', type: 'central_ward' }] }),
      ),
    );
    const host = document.createElement('div');
    const client = new SettlingApi({ base: '/api/registration', timeout: 10000, locale: currentLocale });
    new ContextProvider(host as never, { context: apiContext, initialValue: client });
    const el = document.createElement('dvc-address-picker') as AddressPicker;
    Object.assign(el, { legend: 'Địa chỉ thường trú', idPrefix: 'permanent', required: true });
    el.addEventListener('address-change', (e) => (el.value = e.detail));
    host.append(el);
    document.body.append(host);
    done = async () => {
      await client.settled();
      host.remove();
    };
    await el.updateComplete;
    const province = part(el, 'province');
    await waitFor(() => !province.disabled && !el.shadowRoot!.querySelector('[aria-busy=true]'), { message: 'the provinces' });
    expect(deepQueryAll(el, '[data-alert], [role=alert]').map((a) => clean(a.textContent)).join('')).to.equal('');

    await type(province, 'ha noi');
    await waitFor(() => deepQueryAll(el, '[role=option]').length === 1, { message: 'Hà Nội offered' });
    const [option] = deepQueryAll(el, '[role=option]');
    expect(clean(option!.querySelector('.option-name')!.textContent)).to.equal('Thành phố Hà Nội');
    // A type the widget does not know: no badge, and certainly not an empty one.
    expect(option!.querySelector('.badge')).to.equal(null);
    await press('Enter');
    await waitFor(() => province.value === 'Thành phố Hà Nội', { message: 'Hà Nội chosen' });

    const commune = part(el, 'commune');
    await waitFor(() => !commune.disabled && !el.shadowRoot!.querySelector('[aria-busy=true]'), { message: 'the communes' });
    await type(commune, 'trung tam');
    await waitFor(() => deepQueryAll(el, '[role=option]').length === 1, { message: 'the ward offered' });
    await press('Enter');
    await waitFor(() => commune.value === 'Phường Trung Tâm', { message: 'the ward chosen' });
    expect(el.value.provinceCode).to.equal(haNoi.code);
    expect(el.value.communeCode).to.equal('99001');
  });

  it('are kept in the list without a type; a unit without code or name still fails it', async () => {
    worker.use(
      http.get(provincesUrl, () =>
        HttpResponse.json({
          items: [
            { code: '01', name: 'Thành phố Hà Nội', type: 'special_city' },
            { code: '98', name: 'Côn Sơn', type: 'special_region' },
            { code: '97', name: 'Đặc khu Phú Quốc' },
            { code: '04', name: 'Cao Bằng', type: 'province' },
          ],
        }),
      ),
    );
    expect(await api().listProvinces()).to.deep.equal([
      { code: '01', name: 'Thành phố Hà Nội' },
      { code: '98', name: 'Côn Sơn' },
      { code: '97', name: 'Đặc khu Phú Quốc' },
      { code: '04', name: 'Cao Bằng', type: 'province' },
    ]);

    // The contract promises every unit, each with the code the address sends back and the name a
    // person looks for: a list that lacks one is broken, and fails (with "Thử lại") rather than
    // leaving a place nobody can find.
    for (const broken of [{ name: 'Huế', type: 'city' }, { code: '46', type: 'city' }, { code: 46, name: 'Huế', type: 'city' }]) {
      worker.use(http.get(provincesUrl, () => HttpResponse.json({ items: [{ code: '04', name: 'Cao Bằng', type: 'province' }, broken] })));
      expect((await rejection(api().listProvinces())).code, JSON.stringify(broken)).to.equal('bad_response');
    }
  });
});

describe('a registration answered without its OTP challenge', () => {
  const otp = { destination: '09•• ••• 678', expiresIn: 300, resendAfter: 60, length: 6 };

  it('is malformed for phone and BHXH, whose OTP the contract says is sent at once, and right for Vietnam Post', () => {
    for (const method of ['phone', 'bhxh'] as const) {
      expect(isRegistrationFor(method)({ id: 'reg-x1' }), method).to.equal(false);
      expect(isRegistrationFor(method)({ id: 'reg-x1', username: '001099012345' }), method).to.equal(false);
      expect(isRegistrationFor(method)({ id: 'reg-x1', otp }), method).to.equal(true);
      // An OTP challenge that is there but broken was refused before, and still is.
      expect(isRegistrationFor(method)({ id: 'reg-x1', otp: { ...otp, destination: 7 } }), method).to.equal(false);
      // A code of a length the OTP field cannot take (6 digits, as the contract says) is broken too.
      expect(isRegistrationFor(method)({ id: 'reg-x1', otp: { ...otp, length: 8 } }), method).to.equal(false);
    }
    // Vietnam Post sends its OTP only once the activation is chosen.
    expect(isRegistrationFor('vnpost')({ id: 'reg-x1', username: 'nguyenvanan' })).to.equal(true);
    expect(isRegistrationFor('vnpost')({ id: '' })).to.equal(false);
  });

  it('is malformed for every method whose next step is the OTP step', () => {
    const straightToOtp = BUILT_METHODS.filter((method) => {
      const steps = stepsOf(method, {});
      return steps.includes('details') && steps[steps.indexOf('details') + 1] === 'otp';
    });
    expect(straightToOtp).to.include.members(['phone', 'bhxh']);
    for (const method of straightToOtp) expect(isRegistrationFor(method)({ id: 'reg-x1' }), method).to.equal(false);
  });

  it('tells the person the system answered unexpectedly, on the details form with everything kept', async () => {
    const worker = await useMockBackend();
    worker.use(http.post(`${MOCK_BASE}/registrations`, () => HttpResponse.json({ id: 'reg-x1' }, { status: 201 })));
    const el = await phoneWidget();
    await fillDetails(el, 'vi');
    await submitDetails(el, 'vi');
    await waitFor(() => deepQueryAll(el, '[role=alert]').some((a) => a.textContent!.includes('Hệ thống trả lời không như mong đợi')), {
      message: 'the unexpected-answer message',
    });
    expect(stepHeading(el)).to.equal(WORDS.vi.detailsHeading);
    expect(getByLabel(el, WORDS.vi.fullName).value).to.equal('Nguyễn Văn An');
  });
});

/** The mock backend's own registration (its OTP still works), with `username` replaced. */
const registrationWithUsername = (username: unknown) =>
  http.post<never, RegistrationRequest>(
    `${MOCK_BASE}/registrations`,
    async ({ request }) => {
      const reply = mockBackend.startRegistration(await request.json());
      if (!reply.ok) throw new Error('the mock registration failed');
      return HttpResponse.json({ ...reply.body, username }, { status: 201 });
    },
    { once: true },
  );

describe('a registration answer whose user name is not text', () => {
  it('still starts the registration: the OTP step, then the ID number typed as the user name', async () => {
    (await useMockBackend()).use(registrationWithUsername(1099012345));
    const el = await phoneWidget();
    await toOtp(el, 'vi');
    await toPassword(el, 'vi');
    // Only display: the password step hands password managers what was typed instead.
    expect(deepQueryAll<HTMLInputElement>(el, 'input[autocomplete=username]')[0]!.value).to.equal('001099012345');
  });

  it('is read as an answer without one; text is kept, and the id still needed', async () => {
    const otp = { destination: '09•• ••• 678', expiresIn: 300, resendAfter: 60, length: 6 };
    for (const username of [null, 42, {}, ['a']]) {
      const answer: Record<string, unknown> = { id: 'reg-x1', otp, username };
      expect(isRegistrationFor('phone')(answer), JSON.stringify(username)).to.equal(true);
      expect(answer, JSON.stringify(username)).not.to.have.property('username');
    }
    const kept: Record<string, unknown> = { id: 'reg-x1', otp, username: '001099012345' };
    expect(isRegistrationFor('phone')(kept)).to.equal(true);
    expect(kept['username']).to.equal('001099012345');
    expect(isRegistrationFor('phone')({ id: 42, otp, username: '001099012345' })).to.equal(false);
  });
});
