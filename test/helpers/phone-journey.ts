/** Steps of the phone journey that many tests share, done the way a person does them. */
import { expect } from '@open-wc/testing';
import { mockBackend } from '../../src/mocks/backend.js';
import { getButton, getByLabel, stepHeading, waitFor } from './dom.js';
import { press, tabTo, type } from './user.js';
import { captchaAnswer } from './widget.js';
import { sendKeys } from '@web/test-runner-commands';

export type Locale = 'vi' | 'en';

/** What a person reads, per locale, to find their way. */
export const WORDS = {
  vi: {
    idNumber: 'Số CCCD/CMND',
    fullName: 'Họ và tên',
    birthDate: 'Ngày sinh',
    phone: 'Số điện thoại di động',
    email: 'Email',
    captcha: 'Mã xác thực',
    register: 'Đăng ký',
    detailsHeading: 'Nhập thông tin đăng ký',
    otpHeading: 'Nhập mã OTP',
    otp: 'Mã OTP',
    confirmOtp: 'Xác nhận',
    resend: 'Gửi lại mã',
    passwordHeading: 'Đặt mật khẩu',
    password: 'Mật khẩu',
    confirmPassword: 'Nhập lại mật khẩu',
    finish: 'Hoàn tất đăng ký',
    doneHeading: 'Đăng ký thành công',
    back: '‹ Quay lại',
    retry: 'Thử lại',
    newImage: 'Đổi ảnh khác',
    startAgain: 'Quay lại thông tin đăng ký',
    errorSummary: 'Có lỗi cần sửa',
  },
  en: {
    idNumber: 'CCCD/CMND number',
    fullName: 'Full name',
    birthDate: 'Date of birth',
    phone: 'Mobile phone number',
    email: 'Email',
    captcha: 'Verification code',
    register: 'Register',
    detailsHeading: 'Enter your registration details',
    otpHeading: 'Enter the OTP',
    otp: 'OTP',
    confirmOtp: 'Confirm',
    resend: 'Resend code',
    passwordHeading: 'Set your password',
    password: 'Password',
    confirmPassword: 'Re-enter password',
    finish: 'Finish registration',
    doneHeading: 'Registration complete',
    back: '‹ Back',
    retry: 'Try again',
    newImage: 'New image',
    startAgain: 'Back to your registration details',
    errorSummary: 'There is a problem',
  },
} as const;

export const PERSON = {
  idNumber: '001099012345',
  fullName: 'Nguyễn Văn An',
  birthDate: '01/05/1999',
  phone: '0912 345 678',
};

/** Fills the details form (field by field, typed with the keyboard) and the captcha. */
export async function fillDetails(el: HTMLElement, locale: Locale, person: Partial<typeof PERSON> = PERSON): Promise<void> {
  const w = WORDS[locale];
  const values = { ...PERSON, ...person };
  await type(getByLabel(el, w.idNumber), values.idNumber);
  await type(getByLabel(el, w.fullName), values.fullName);
  await type(getByLabel(el, w.birthDate), values.birthDate);
  await type(getByLabel(el, w.phone), values.phone);
  await type(getByLabel(el, w.captcha), await captchaAnswer(el));
}

export async function submitDetails(el: HTMLElement, locale: Locale): Promise<void> {
  getButton(el, WORDS[locale].register).click();
}

/** From an empty details form to the OTP step. */
export async function toOtp(el: HTMLElement, locale: Locale, person?: Partial<typeof PERSON>): Promise<void> {
  await fillDetails(el, locale, person);
  await submitDetails(el, locale);
  await waitFor(() => stepHeading(el) === WORDS[locale].otpHeading, { message: 'the OTP step' });
}

/** From the OTP step to the password step, with the code the mock SMS carried. */
export async function toPassword(el: HTMLElement, locale: Locale): Promise<void> {
  await type(getByLabel(el, WORDS[locale].otp), mockBackend.lastOtp()!.code);
  await press('Enter');
  await waitFor(() => stepHeading(el) === WORDS[locale].passwordHeading, { message: 'the password step' });
}

/** A password every rule of the mock backend accepts. */
export const GOOD_PASSWORD = 'Abcdef1!x';

/** On the password step: types the password and its confirmation, and presses Enter. */
export async function enterPassword(el: HTMLElement, locale: Locale, password = GOOD_PASSWORD): Promise<void> {
  await type(getByLabel(el, WORDS[locale].password), password);
  await type(getByLabel(el, WORDS[locale].confirmPassword), password);
  await press('Enter');
}

/** From the password step to the done step, with a password the mock backend accepts. */
export async function toDone(el: HTMLElement, locale: Locale): Promise<void> {
  await enterPassword(el, locale);
  await waitFor(() => stepHeading(el) === WORDS[locale].doneHeading, { message: 'the done step' });
}

/** Types into a field reached with Tab alone. */
export async function tabAndType(field: HTMLInputElement, text: string): Promise<void> {
  await tabTo(field);
  await sendKeys({ type: text });
  expect(field.value).to.equal(text);
}
