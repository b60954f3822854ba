/** The Vietnam Post journey's form, filled the way a person does it, and the words they read. */
import { captchaAnswer } from './widget.js';
import { getByLabel, getRadio, stepHeading, waitFor } from './dom.js';
import { type } from './user.js';
import { pick, pickers } from './address.js';

export const VNPOST_WORDS = {
  vi: {
    details: 'Nhập thông tin đăng ký',
    username: 'Tên đăng nhập',
    available: '✓ Tên đăng nhập này dùng được.',
    taken: 'đã có người dùng',
    fullName: 'Họ và tên',
    female: 'Nữ',
    birthDate: 'Ngày sinh',
    email: 'Email',
    idNumber: 'Số CCCD/CMND',
    phone: 'Số điện thoại di động',
    province: 'Tỉnh, thành phố',
    commune: 'Xã, phường, đặc khu',
    street: 'Số nhà, đường, thôn/xóm',
    same: 'Giống địa chỉ thường trú',
    captcha: 'Mã xác thực',
    register: 'Đăng ký',
    activation: 'Chọn cách kích hoạt tài khoản',
    sms: 'Mã OTP qua tin nhắn SMS',
    byEmail: 'Liên kết kích hoạt qua email',
    send: 'Gửi',
    otpHeading: 'Nhập mã OTP',
    otp: 'Mã OTP',
    passwordHeading: 'Đặt mật khẩu',
    password: 'Mật khẩu',
    confirm: 'Nhập lại mật khẩu',
    done: 'Đăng ký thành công',
    inbox: 'Kiểm tra hộp thư của bạn',
    resendLink: 'Gửi lại liên kết',
    change: 'Đổi cách kích hoạt',
  },
  en: {
    details: 'Enter your registration details',
    username: 'Username',
    available: '✓ This username is available.',
    taken: 'already taken',
    fullName: 'Full name',
    female: 'Female',
    birthDate: 'Date of birth',
    email: 'Email',
    idNumber: 'CCCD/CMND number',
    phone: 'Mobile phone number',
    province: 'Province or city',
    commune: 'Commune, ward or special zone',
    street: 'House number, street, village or hamlet',
    same: 'Same as permanent address',
    captcha: 'Verification code',
    register: 'Register',
    activation: 'Choose how to activate your account',
    sms: 'An OTP by text message (SMS)',
    byEmail: 'An activation link by email',
    send: 'Send',
    otpHeading: 'Enter the OTP',
    otp: 'OTP',
    passwordHeading: 'Set your password',
    password: 'Password',
    confirm: 'Re-enter password',
    done: 'Registration complete',
    inbox: 'Check your inbox',
    resendLink: 'Resend the link',
    change: 'Change how to activate',
  },
} as const;

export type VnpostWords = (typeof VNPOST_WORDS)[keyof typeof VNPOST_WORDS];

/** Fills every field of the form, the permanent address picked, the current one "the same", and the captcha. */
export async function fillVnpost(
  el: HTMLElement,
  w: VnpostWords,
  { username = 'tran.binh88', email = 'binh.tran@example.vn', captcha = captchaAnswer as (el: HTMLElement) => Promise<string> } = {},
) {
  await waitFor(() => stepHeading(el) === w.details);
  await type(getByLabel(el, w.username), username);
  await type(getByLabel(el, w.fullName), 'Trần Thị Bình');
  getRadio(el, w.female).click();
  await type(getByLabel(el, w.birthDate), '12/03/1988');
  if (email) await type(getByLabel(el, w.email), email);
  await type(getByLabel(el, w.idNumber), '079301000001');
  await type(getByLabel(el, w.phone), '0987 654 321');
  const [permanent] = pickers(el);
  await pick(permanent!, w.province, 'ha noi', 'Thành phố Hà Nội');
  await pick(permanent!, w.commune, 'ba dinh', 'Phường Ba Đình');
  await type(getByLabel(permanent!, w.street), '12 Phố Đội Cấn');
  getByLabel(el, w.same).click();
  await type(getByLabel(el, w.captcha), await captcha(el));
}

/** The captcha's code as heard through "Nghe mã" / "Listen", decoded from the sound alone. */
