/**
 * An in-memory registration backend that follows docs/openapi.yaml, for the demo page, Storybook
 * and the tests. Independent of MSW: handlers.ts only translates HTTP to these calls.
 *
 * Values that make it answer with an error (also listed in docs/mocks.md):
 * - phone +84912000999: the carrier does not have it registered to the ID number (phone_not_matching_id)
 * - ID number 001099000001: an account already exists (account_exists)
 * - a password containing "matkhau" or "password": rejected by the backend policy (password.common)
 * - a wrong OTP: otp_invalid with attemptsLeft; after 3 wrong codes otp_too_many_attempts
 */
import type { components } from '../generated/api-schema.js';
import { captchaImage } from './captcha-image.js';

type S = components['schemas'];

export const MAGIC = {
  phoneNotMatching: '+84912000999',
  existingIdNumber: '001099000001',
  rejectedPasswordWords: ['matkhau', 'password'],
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
  phone: string;
  code: string;
  expiresAt: number;
  resendAt: number;
  wrongAttempts: number;
  verified: boolean;
  done: boolean;
}

export interface SentOtp {
  readonly registrationId: string;
  readonly phone: string;
  readonly code: string;
}

const CAPTCHA_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ23456789';

export class MockBackend {
  timing: MockTiming = { ...DEFAULT_TIMING };
  private readonly captchas = new Map<string, { answer: string; expiresAt: number }>();
  private readonly registrations = new Map<string, StoredRegistration>();
  private readonly sent: SentOtp[] = [];
  private readonly otpListeners = new Set<(otp: SentOtp) => void>();
  private counter = 0;
  /** Milliseconds since the epoch; tests may replace it to move time. */
  now: () => number = () => Date.now();

  /** Forgets everything, e.g. between tests. */
  reset(): void {
    this.captchas.clear();
    this.registrations.clear();
    this.sent.length = 0;
    this.timing = { ...DEFAULT_TIMING };
    this.now = () => Date.now();
  }

  /** The demo page shows the mock OTP beside the widget (never inside it). */
  onOtpSent(listener: (otp: SentOtp) => void): () => void {
    this.otpListeners.add(listener);
    return () => this.otpListeners.delete(listener);
  }

  /** For tests: the answer of the newest captcha, as a person would read it off the image. */
  lastCaptchaAnswer(): string | undefined {
    return [...this.captchas.values()].at(-1)?.answer;
  }

  lastOtp(): SentOtp | undefined {
    return this.sent.at(-1);
  }

  otpsSent(): readonly SentOtp[] {
    return this.sent;
  }

  createCaptcha(): MockReply<S['Captcha']> {
    const id = this.nextId('cap');
    const answer = Array.from({ length: 5 }, () => CAPTCHA_ALPHABET[Math.floor(Math.random() * CAPTCHA_ALPHABET.length)]).join('');
    this.captchas.set(id, { answer, expiresAt: this.now() + this.timing.captchaExpiresIn * 1000 });
    return { ok: true, status: 200, body: { id, image: captchaImage(answer, this.counter), expiresIn: this.timing.captchaExpiresIn } };
  }

  startRegistration(request: S['RegistrationRequest']): MockReply<S['Registration']> {
    const captcha = this.captchas.get(request.captcha?.id ?? '');
    // A captcha token is single-use: any answer that reached the check consumes it (docs/openapi.yaml).
    this.captchas.delete(request.captcha?.id ?? '');
    if (!captcha || captcha.expiresAt < this.now() || captcha.answer.toUpperCase() !== request.captcha.answer.trim().toUpperCase()) {
      return problem(400, 'captcha_invalid', 'Mã xác thực không đúng hoặc đã hết hạn.');
    }
    const details = request.details;
    const missing = (['idNumber', 'fullName', 'birthDate', 'phone'] as const).filter((f) => !details?.[f]);
    if (missing.length > 0) {
      return problem(422, 'validation_failed', 'Thiếu thông tin bắt buộc.', {
        errors: missing.map((field) => ({ field, code: 'required' })),
      });
    }
    if (details.phone === MAGIC.phoneNotMatching) {
      return problem(
        422,
        'phone_not_matching_id',
        'Thuê bao không khớp với thông tin đăng ký của nhà mạng.',
        { errors: [{ field: 'phone', code: 'phone_not_matching_id' }] },
      );
    }
    if (details.idNumber === MAGIC.existingIdNumber) {
      return problem(409, 'account_exists', 'Số định danh này đã có tài khoản.', { errors: [{ field: 'idNumber', code: 'account_exists' }] });
    }
    const id = this.nextId('reg');
    const stored: StoredRegistration = {
      request,
      phone: details.phone,
      code: '',
      expiresAt: 0,
      resendAt: 0,
      wrongAttempts: 0,
      verified: false,
      done: false,
    };
    this.registrations.set(id, stored);
    return { ok: true, status: 201, body: { id, otp: this.sendOtp(id, stored) } };
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
    return { ok: true, status: 201, body: { username: reg.request.details.idNumber, assuranceLevel: 2 } };
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
