/**
 * Drives a <dvc-register> to a state for a story's play function. Fields are found by id, not by
 * label, so the same play function works in both locales; it types by setting the value and
 * firing the input event, as a browser's autofill would. (Tests that check what a person can do
 * use the keyboard helpers in test/helpers instead.)
 */
import { mockBackend } from '../../src/mocks/backend.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';

export const PERSON = {
  idNumber: '001099012345',
  fullName: 'Nguyễn Văn An',
  birthDate: '01/05/1999',
  phone: '0912 345 678',
  email: 'an.nguyen@example.vn',
};

/** The <dvc-register> inside a story's canvas (or the element itself). */
export function widgetIn(canvas: Element): HTMLElement {
  const el = canvas.localName === 'dvc-register' ? canvas : canvas.querySelector('dvc-register');
  if (!el) throw new Error('No <dvc-register> in the story');
  return el as HTMLElement;
}

export async function fill(root: Element, id: string, value: string): Promise<void> {
  const input = await waitFor(() => deepQueryAll<HTMLInputElement>(root, `#${id}`)[0], { message: `#${id}` });
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('blur'));
}

/** Presses the current form's main button ("Đăng ký", "Xác nhận", …). */
export async function pressPrimary(root: Element): Promise<void> {
  const button = await waitFor(() => deepQueryAll<HTMLButtonElement>(root, 'form button.primary[type=submit]')[0]);
  button.click();
}

/** Presses the visible button whose text matches, e.g. /Nghe mã|Listen/ (the same story runs in both locales). */
export async function pressButton(root: Element, text: RegExp): Promise<void> {
  const button = await waitFor(() => deepQueryAll<HTMLButtonElement>(root, 'button').find((b) => text.test(b.textContent ?? '')), {
    message: String(text),
  });
  button.click();
}

/** Waits for the step whose element name is given, e.g. 'dvc-step-otp'. */
export async function atStep(root: Element, step: string): Promise<void> {
  // Its heading shown, and every part inside it upgraded: a form shared by several methods can
  // show before the chosen method's own parts (Vietnam Post's address pickers) have arrived.
  await waitFor(
    () => deepQueryAll(root, step).some((el) => deepQueryAll(el, 'h3').length > 0 && deepQueryAll(el, ':not(:defined)').length === 0),
    { message: step },
  );
}

export async function fillDetails(root: Element, person: Partial<typeof PERSON> = {}): Promise<void> {
  const values = { ...PERSON, ...person };
  await atStep(root, 'dvc-step-details');
  for (const id of ['idNumber', 'fullName', 'birthDate', 'phone'] as const) await fill(root, id, values[id]);
  await waitFor(() => deepQueryAll(root, '.captcha img').length > 0, { message: 'captcha image' });
  await fill(root, 'captcha', mockBackend.lastCaptchaAnswer() ?? '');
}

export async function toOtp(root: Element, person: Partial<typeof PERSON> = {}): Promise<void> {
  await fillDetails(root, person);
  await pressPrimary(root);
  await atStep(root, 'dvc-step-otp');
}

export async function enterOtp(root: Element, code = mockBackend.lastOtp()?.code ?? ''): Promise<void> {
  await fill(root, 'otp', code);
  await pressPrimary(root);
}

export async function toPassword(root: Element): Promise<void> {
  await toOtp(root);
  await enterOtp(root);
  await atStep(root, 'dvc-step-password');
}

export async function enterPassword(root: Element, password: string, confirm = password): Promise<void> {
  await fill(root, 'password', password);
  await fill(root, 'password-confirm', confirm);
}

/** A wrong code, certain to differ from the one sent. */
export function wrongOtp(): string {
  return mockBackend.lastOtp()?.code === '000000' ? '111111' : '000000';
}

/** Waits until something matching the selector is shown (an alert, an error summary…). */
export async function shows(root: Element, selector: string): Promise<void> {
  await waitFor(() => deepQueryAll(root, selector).length > 0, { message: selector });
}

/** Waits until an element matching the selector reads as the pattern says (in either locale). */
export async function showsText(root: Element, selector: string, text: RegExp): Promise<void> {
  await waitFor(() => deepQueryAll(root, selector).some((el) => text.test(el.textContent ?? '')), { message: String(text), timeout: 8000 });
}

/** Chooses a unit in an address picker's combobox: types a query, then presses Enter on the first match. */
export async function pickUnit(root: Element, inputId: string, query: string): Promise<void> {
  const input = await waitFor(() => deepQueryAll<HTMLInputElement>(root, `#${inputId}`).find((i) => !i.disabled), { message: `#${inputId}` });
  input.focus();
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  const picker = (input.getRootNode() as ShadowRoot).host;
  await waitFor(() => deepQueryAll(picker, '[role=option]').length > 0, { message: `options for ${query}` });
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await waitFor(() => input.value !== query, { message: `${inputId} chosen` });
}

export const VNPOST_PERSON = {
  username: 'tran.binh88',
  fullName: 'Trần Thị Bình',
  birthDate: '12/03/1988',
  email: 'binh.tran@example.vn',
  idNumber: '079301000001',
  phone: '0987 654 321',
};

/** Fills the Vietnam Post form, permanent address in Hà Nội and current address "same as permanent". */
export async function fillVnpost(root: Element, person: Partial<typeof VNPOST_PERSON> = {}): Promise<void> {
  const values = { ...VNPOST_PERSON, ...person };
  await atStep(root, 'dvc-step-details');
  for (const id of ['username', 'fullName', 'birthDate', 'email', 'idNumber', 'phone'] as const) await fill(root, id, values[id]);
  (await waitFor(() => deepQueryAll<HTMLInputElement>(root, '#gender-female')[0])).click();
  await pickUnit(root, 'permanent-province', 'ha noi');
  await pickUnit(root, 'permanent-commune', 'ba dinh');
  await fill(root, 'permanent-street', '12 Phố Đội Cấn');
  (await waitFor(() => deepQueryAll<HTMLInputElement>(root, 'input[type=checkbox]')[0])).click();
  await waitFor(() => deepQueryAll(root, '.captcha img').length > 0, { message: 'captcha image' });
  await fill(root, 'captcha', mockBackend.lastCaptchaAnswer() ?? '');
}

/** Chooses an activation channel and sends it. */
export async function activateBy(root: Element, channel: 'sms' | 'email'): Promise<void> {
  await atStep(root, 'dvc-step-activation');
  (await waitFor(() => deepQueryAll<HTMLInputElement>(root, `#activation-${channel}`)[0])).click();
  await pressPrimary(root);
}
