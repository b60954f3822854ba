/**
 * An in-memory registration backend that follows docs/openapi.yaml, for the demo page, Storybook
 * and the tests. Independent of MSW: handlers.ts only translates HTTP to these calls.
 *
 * Values that make it answer with an error (also listed in docs/mocks.md):
 * - phone +84912000999: the carrier does not have it registered to the ID number (phone_not_matching_id)
 * - ID number 001099000001: an account already exists (account_exists)
 * - a password containing "matkhau" or "password": rejected by the backend policy (password.common)
 * - a wrong OTP: otp_invalid with attemptsLeft; after 3 wrong codes otp_too_many_attempts
 * - BHXH code 7999999999: no record (bhxh_not_found); 7988888888: the birth date differs from the
 *   record (bhxh_mismatch); 7977777777: the record's ID number already has an account
 * - Vietnam Post usernames nguyenvanan, quantri: taken
 */
import type { components } from '../generated/api-schema.js';
import addresses from '../generated/addresses.json';
import { CAPTCHA_ALPHABET, captchaAudio } from './captcha-audio.js';
import { captchaImage } from './captcha-image.js';

type S = components['schemas'];

export const MAGIC = {
  phoneNotMatching: '+84912000999',
  existingIdNumber: '001099000001',
  rejectedPasswordWords: ['matkhau', 'password'],
  bhxhNotFound: '7999999999',
  bhxhMismatch: '7988888888',
  bhxhAccountExists: '7977777777',
  takenUsernames: ['nguyenvanan', 'quantri'] as readonly string[],
} as const;

export const MOCK_POLICY: S['PasswordPolicy'] = { minLength: 8, maxLength: 64, specials: '!@#$%^&*' };

export interface MockTiming {
  captchaExpiresIn: number;
  otpExpiresIn: number;
  otpResendAfter: number;
  maxOtpAttempts: number;
}

export const DEFAULT_TIMING: MockTiming = { captchaExpiresIn: 300, otpExpiresIn: 300, otpResendAfter: 60, maxOtpAttempts: 3 };

/** What handlers turn into an HTTP response. */
export type MockReply<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; problem: S['Problem']; headers?: Record<string, string> };

interface StoredRegistration {
  request: S['RegistrationRequest'];
  username: string;
  phone: string;
  email: string | undefined;
  channel?: 'sms' | 'email';
  code: string;
  expiresAt: number;
  resendAt: number;
  wrongAttempts: number;
  verified: boolean;
  done: boolean;
}

export interface SentLink {
  readonly registrationId: string;
  readonly email: string;
  readonly link: string;
}

export interface SentOtp {
  readonly registrationId: string;
  readonly phone: string;
  readonly code: string;
}

export class MockBackend {
  timing: MockTiming = { ...DEFAULT_TIMING };
  private readonly captchas = new Map<string, { answer: string; expiresAt: number }>();
  private readonly registrations = new Map<string, StoredRegistration>();
  private readonly sent: SentOtp[] = [];
  private readonly otpListeners = new Set<(otp: SentOtp) => void>();
  private readonly links: SentLink[] = [];
  private readonly linkListeners = new Set<(link: SentLink) => void>();
  private counter = 0;
  /** Milliseconds since the epoch; tests may replace it to move time. */
  now: () => number = () => Date.now();
  /** Where captcha characters come from; the visual tests seed it so every screenshot is the same. */
  random: () => number = Math.random;

  /** Forgets everything, e.g. between tests. */
  reset(): void {
    this.captchas.clear();
    this.registrations.clear();
    this.sent.length = 0;
    this.links.length = 0;
    this.timing = { ...DEFAULT_TIMING };
    this.now = () => Date.now();
    this.random = Math.random;
    // Captcha images are jittered by this count: the same from every reset, for the visual baselines.
    this.counter = 0;
  }

  /** The demo page shows the mock OTP beside the widget (never inside it). */
  onOtpSent(listener: (otp: SentOtp) => void): () => void {
    this.otpListeners.add(listener);
    return () => this.otpListeners.delete(listener);
  }

  /** For tests: the answer of the newest captcha, as a person would read it off the image. */
  lastCaptchaAnswer(): string | undefined {
    // Not .at(-1): the demo and the older-browser test run this on Safari 15 level APIs.
    const captchas = [...this.captchas.values()];
    return captchas[captchas.length - 1]?.answer;
  }

  /** For the HTTP mock's test endpoint: the id of the newest captcha still unspent. */
  lastCaptchaId(): string | undefined {
    const ids = [...this.captchas.keys()];
    return ids[ids.length - 1];
  }

  /** For the HTTP mock's test endpoint (docs/mock-server.md): the answer of a captcha still unspent. */
  captchaAnswer(id: string): string | undefined {
    return this.captchas.get(id)?.answer;
  }

  lastOtp(): SentOtp | undefined {
    return this.sent[this.sent.length - 1];
  }

  otpsSent(): readonly SentOtp[] {
    return this.sent;
  }

  createCaptcha(): MockReply<S['Captcha']> {
    const id = this.nextId('cap');
    const answer = Array.from({ length: 5 }, () => CAPTCHA_ALPHABET[Math.floor(this.random() * CAPTCHA_ALPHABET.length)]).join('');
    this.captchas.set(id, { answer, expiresAt: this.now() + this.timing.captchaExpiresIn * 1000 });
    return {
      ok: true,
      status: 200,
      body: { id, image: captchaImage(answer, this.counter), expiresIn: this.timing.captchaExpiresIn, audio: true },
    };
  }

  /** The same captcha as sound (a WAV, one tone pair per character); fetching it does not spend the token. */
  captchaAudio(id: string): MockReply<Uint8Array<ArrayBuffer>> {
    const captcha = this.captchas.get(id);
    if (!captcha || captcha.expiresAt < this.now()) return problem(404, 'captcha_invalid', 'Mã xác thực không đúng hoặc đã hết hạn.');
    return { ok: true, status: 200, body: captchaAudio(captcha.answer) };
  }

  /** Checks and spends a captcha answer, as startRegistration does (for the certificate mocks: signing.ts, remote-signing.ts). */
  spendCaptcha(captcha: { id?: string; answer?: string } | undefined): boolean {
    const stored = this.captchas.get(captcha?.id ?? '');
    this.captchas.delete(captcha?.id ?? '');
    return !!stored && stored.expiresAt >= this.now() && stored.answer.toUpperCase() === String(captcha?.answer ?? '').trim().toUpperCase();
  }

  startRegistration(request: S['RegistrationRequest']): MockReply<S['Registration']> {
    const captcha = this.captchas.get(request.captcha?.id ?? '');
    // A captcha token is single-use: any answer that reached the check consumes it (docs/openapi.yaml).
    this.captchas.delete(request.captcha?.id ?? '');
    if (!captcha || captcha.expiresAt < this.now() || captcha.answer.toUpperCase() !== request.captcha.answer.trim().toUpperCase()) {
      return problem(400, 'captcha_invalid', 'Mã xác thực không đúng hoặc đã hết hạn.');
    }
    const checked = this.checkDetails(request);
    if (!checked.ok) return checked;

    const id = this.nextId('reg');
    const stored: StoredRegistration = {
      request,
      username: checked.body.username,
      phone: checked.body.phone,
      email: checked.body.email,
      code: '',
      expiresAt: 0,
      resendAt: 0,
      wrongAttempts: 0,
      verified: false,
      done: false,
    };
    this.registrations.set(id, stored);
    // Vietnam Post accounts wait for the activation choice; the others get their OTP at once.
    if (request.method === 'vnpost') return { ok: true, status: 201, body: { id, username: stored.username } };
    return { ok: true, status: 201, body: { id, otp: this.sendOtp(id, stored), username: stored.username } };
  }

  /** The method's own checks; on success, who the account is for. */
  private checkDetails(request: S['RegistrationRequest']): MockReply<{ username: string; phone: string; email?: string }> {
    const details = request.details as Partial<S['PhoneDetails'] & S['BhxhDetails'] & S['VnpostDetails']>;
    const required: Record<string, readonly (keyof typeof details)[]> = {
      phone: ['idNumber', 'fullName', 'birthDate', 'phone'],
      bhxh: ['bhxhCode', 'fullName', 'birthDate', 'phone'],
      vnpost: ['username', 'fullName', 'gender', 'birthDate', 'idNumber', 'phone', 'permanentAddress', 'currentAddress'],
    };
    const fields = required[request.method];
    // These three methods are citizens' (the contract's RegistrationRequest).
    if (!fields || request.subject !== 'citizen') {
      return problem(422, 'validation_failed', 'Phương thức không được hỗ trợ.', { errors: [{ field: 'method', code: 'unsupported' }] });
    }
    const missing = fields.filter((f) => !details[f]);
    if (missing.length > 0) {
      return problem(422, 'validation_failed', 'Thiếu thông tin bắt buộc.', {
        errors: missing.map((field) => ({ field, code: 'required' })),
      });
    }
    if (details.phone === MAGIC.phoneNotMatching && request.method === 'phone') {
      return problem(422, 'phone_not_matching_id', 'Thuê bao không khớp với thông tin đăng ký của nhà mạng.', {
        errors: [{ field: 'phone', code: 'phone_not_matching_id' }],
      });
    }
    if (request.method === 'bhxh') {
      if (details.bhxhCode === MAGIC.bhxhNotFound) {
        return problem(404, 'bhxh_not_found', 'Không tìm thấy mã số BHXH.', { errors: [{ field: 'bhxhCode', code: 'bhxh_not_found' }] });
      }
      if (details.bhxhCode === MAGIC.bhxhMismatch) {
        return problem(422, 'bhxh_mismatch', 'Thông tin không khớp với cơ sở dữ liệu BHXH.', { mismatches: ['birthDate'] });
      }
      if (details.bhxhCode === MAGIC.bhxhAccountExists) {
        return problem(409, 'account_exists', 'Số định danh của sổ BHXH này đã có tài khoản.');
      }
      // The record's ID number is the account's user name; the mock makes one up from the code.
      return { ok: true, status: 200, body: { username: `0010${details.bhxhCode!.slice(-8)}`, phone: details.phone! } };
    }
    if (request.method === 'vnpost' && MAGIC.takenUsernames.includes(details.username!.toLowerCase())) {
      return problem(409, 'username_taken', 'Tên đăng nhập đã có người dùng.', { errors: [{ field: 'username', code: 'username_taken' }] });
    }
    if (details.idNumber === MAGIC.existingIdNumber) {
      return problem(409, 'account_exists', 'Số định danh này đã có tài khoản.', { errors: [{ field: 'idNumber', code: 'account_exists' }] });
    }
    return {
      ok: true,
      status: 200,
      body: {
        username: request.method === 'vnpost' ? details.username! : details.idNumber!,
        phone: details.phone!,
        ...(details.email ? { email: details.email } : {}),
      },
    };
  }

  chooseActivation(id: string, channel: 'sms' | 'email'): MockReply<S['Activation']> {
    const reg = this.registrations.get(id);
    if (!reg || reg.done || reg.request.method !== 'vnpost') return problem(404, 'registration_expired', 'Phiên đăng ký đã hết hạn.');
    if (this.now() < reg.resendAt && reg.channel === channel) {
      const wait = Math.ceil((reg.resendAt - this.now()) / 1000);
      return problem(429, 'rate_limited', 'Chưa thể gửi lại.', { retryAfter: wait }, { 'Retry-After': String(wait) });
    }
    reg.channel = channel;
    if (channel === 'sms') return { ok: true, status: 200, body: { channel, otp: this.sendOtp(id, reg) } };
    if (!reg.email) {
      return problem(422, 'validation_failed', 'Chưa có địa chỉ email.', { errors: [{ field: 'email', code: 'required' }] });
    }
    reg.resendAt = this.now() + this.timing.otpResendAfter * 1000;
    const link = { registrationId: id, email: reg.email, link: `https://example.invalid/kich-hoat?token=${this.nextId('act')}` };
    this.links.push(link);
    for (const listener of this.linkListeners) listener(link);
    return {
      ok: true,
      status: 200,
      body: { channel, email: { destination: maskEmail(reg.email), expiresIn: 24 * 3600, resendAfter: this.timing.otpResendAfter } },
    };
  }

  checkUsername(username: string): MockReply<S['UsernameAvailability']> {
    if (!/^[a-z][a-z0-9._]{5,29}$/.test(username)) {
      return problem(422, 'validation_failed', 'Tên đăng nhập không hợp lệ.', { errors: [{ field: 'username', code: 'username.format' }] });
    }
    return { ok: true, status: 200, body: { available: !MAGIC.takenUsernames.includes(username) } };
  }

  listProvinces(): MockReply<S['AdminUnitList']> {
    return { ok: true, status: 200, body: { items: addresses.provinces as S['AdminUnit'][] } };
  }

  listCommunes(provinceCode: string): MockReply<S['AdminUnitList']> {
    const items = (addresses.communes as Record<string, S['AdminUnit'][]>)[provinceCode];
    if (!items) return problem(404, 'not_found', 'Không có tỉnh, thành phố này.');
    return { ok: true, status: 200, body: { items } };
  }

  /** The demo page shows mock activation emails beside the widget. */
  onLinkSent(listener: (link: SentLink) => void): () => void {
    this.linkListeners.add(listener);
    return () => this.linkListeners.delete(listener);
  }

  linksSent(): readonly SentLink[] {
    return this.links;
  }

  resendOtp(id: string): MockReply<S['OtpChallenge']> {
    const reg = this.registrations.get(id);
    if (!reg || reg.done) return problem(404, 'registration_expired', 'Phiên đăng ký đã hết hạn.');
    if (this.now() < reg.resendAt) {
      const wait = Math.ceil((reg.resendAt - this.now()) / 1000);
      return problem(429, 'rate_limited', 'Chưa thể gửi lại mã.', { retryAfter: wait }, { 'Retry-After': String(wait) });
    }
    return { ok: true, status: 200, body: this.sendOtp(id, reg) };
  }

  verifyOtp(id: string, code: string): MockReply<S['OtpVerified']> {
    const reg = this.registrations.get(id);
    if (!reg || reg.done) return problem(404, 'registration_expired', 'Phiên đăng ký đã hết hạn.');
    if (reg.wrongAttempts >= this.timing.maxOtpAttempts) return problem(429, 'otp_too_many_attempts', 'Nhập sai quá số lần cho phép.');
    if (this.now() > reg.expiresAt) return problem(410, 'otp_expired', 'Mã OTP đã hết hạn.');
    if (code !== reg.code) {
      reg.wrongAttempts++;
      const attemptsLeft = this.timing.maxOtpAttempts - reg.wrongAttempts;
      return attemptsLeft > 0
        ? problem(400, 'otp_invalid', 'Mã OTP không đúng.', { attemptsLeft })
        : problem(429, 'otp_too_many_attempts', 'Nhập sai quá số lần cho phép.');
    }
    reg.verified = true;
    return { ok: true, status: 200, body: { passwordPolicy: MOCK_POLICY } };
  }

  setPassword(id: string, password: string): MockReply<S['Account']> {
    const reg = this.registrations.get(id);
    if (!reg || reg.done || !reg.verified) return problem(404, 'registration_expired', 'Phiên đăng ký đã hết hạn.');
    const lower = password.toLowerCase();
    if (MAGIC.rejectedPasswordWords.some((w) => lower.includes(w))) {
      return problem(422, 'password_rejected', 'Mật khẩu quá phổ biến.', { errors: [{ field: 'password', code: 'password.common' }] });
    }
    if (password.length < MOCK_POLICY.minLength) {
      return problem(422, 'password_rejected', 'Mật khẩu quá ngắn.', { errors: [{ field: 'password', code: 'password.too_short' }] });
    }
    reg.done = true;
    return { ok: true, status: 201, body: { username: reg.username, assuranceLevel: 2 } };
  }

  private sendOtp(id: string, reg: StoredRegistration): S['OtpChallenge'] {
    reg.code = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
    reg.expiresAt = this.now() + this.timing.otpExpiresIn * 1000;
    reg.resendAt = this.now() + this.timing.otpResendAfter * 1000;
    reg.wrongAttempts = 0;
    const otp = { registrationId: id, phone: reg.phone, code: reg.code };
    this.sent.push(otp);
    for (const listener of this.otpListeners) listener(otp);
    return {
      destination: maskPhone(reg.phone),
      expiresIn: this.timing.otpExpiresIn,
      resendAfter: this.timing.otpResendAfter,
      length: 6,
    };
  }

  private nextId(prefix: string): string {
    this.counter++;
    return `${prefix}-${this.counter}-${Math.random().toString(36).slice(2, 8)}`;
  }
}

/** "nguyen.an@gmail.com" → "ng•••@gmail.com". */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 2)}•••@${domain}`;
}

/** "+84912345678" → "09•• ••• 678": enough to recognise, too little to misuse. */
export function maskPhone(e164: string): string {
  const local = e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
  if (local.length < 6) return local;
  const head = local.slice(0, 2);
  const tail = local.slice(-3);
  const hidden = local.length - 5;
  const dots = '•'.repeat(hidden);
  return `${head}${dots.slice(0, 2)} ${dots.slice(2)} ${tail}`.replace(/\s+/g, ' ');
}

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: Partial<S['Problem']> = {},
  headers?: Record<string, string>,
): MockReply<never> {
  return { ok: false, status, problem: { type: 'about:blank', title: detail, status, code, ...extra }, ...(headers ? { headers } : {}) };
}

/** The one backend the demo page, stories and tests share. */
export const mockBackend = new MockBackend();
