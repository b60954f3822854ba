/**
 * Named situations the mock backend cannot reach from typed data alone: each makes a fresh list
 * of MSW handlers that override the defaults (fresh, because a `once` handler stays used up).
 * Stories use them in `parameters.msw.handlers`; tests call `worker.use(...scenarios.x())`.
 * docs/mocks.md lists them for designers and integrators.
 */
import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { MOCK_BASE } from './handlers.js';

const problem = (status: number, code: string, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json(
    { type: 'about:blank', title, status, code, ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

const start = `${MOCK_BASE}/registrations`;
const verify = `${MOCK_BASE}/registrations/:id/otp/verify`;
const password = `${MOCK_BASE}/registrations/:id/password`;
const captcha = `${MOCK_BASE}/captcha`;
const resend = `${MOCK_BASE}/registrations/:id/otp`;
const activation = `${MOCK_BASE}/registrations/:id/activation`;

export const scenarios = {
  /** Starting a registration is refused for 42 s (429 with Retry-After). */
  rateLimited: () => [
    http.post(start, () => problem(429, 'rate_limited', 'Quá nhiều yêu cầu.', { retryAfter: 42 }, { 'Retry-After': '42' }), { once: true }),
  ],
  /** Checking the OTP is refused once with 503 and `Retry-After: 30` (maintenance). */
  unavailable: () => [
    http.post(verify, () => problem(503, 'server_error', 'Hệ thống đang bảo trì.', { retryAfter: 30 }, { 'Retry-After': '30' }), {
      once: true,
    }),
  ],
  /** Starting a registration is answered once with a 307 to another origin (a proxy or open redirect). */
  redirected: () => [
    http.post(start, () => new HttpResponse(null, { status: 307, headers: { Location: 'https://collector.example/registrations' } }), {
      once: true,
    }),
  ],
  /** The backend fails once with a 500 that has no problem body. */
  serverError: () => [http.post(start, () => new HttpResponse('Internal Server Error', { status: 500 }), { once: true })],
  /** The network drops once: the request never gets an answer. */
  networkError: () => [http.post(start, () => HttpResponse.error(), { once: true })],
  /** The backend answers once with a code the widget does not know; its text must show as plain text. */
  unknownError: () => [
    http.post(
      start,
      () =>
        problem(
          400,
          'unheard_of',
          '<b>Hệ thống</b> đang bảo trì <script>alert(1)</script>',
          { detail: 'Vui lòng quay lại sau 22:00.' },
          { 'Content-Language': 'vi' },
        ),
      { once: true },
    ),
  ],
  /** Every answer to starting a registration takes 3 s: busy states, double clicks. */
  slow: () => [
    http.post(start, async () => {
      await delay(3000);
      return undefined;
    }),
  ],
  /** The OTP has expired by the time it is typed. */
  otpExpired: () => [http.post(verify, () => problem(410, 'otp_expired', 'Mã OTP đã hết hạn.'), { once: true })],
  /** The code was already typed wrong too often. */
  otpTooManyAttempts: () => [http.post(verify, () => problem(429, 'otp_too_many_attempts', 'Nhập sai quá số lần cho phép.'))],
  /** The backend refuses the password with a rule of its own that the widget does not know. */
  passwordRejected: () => [
    http.post(
      password,
      () => problem(422, 'password_rejected', 'Mật khẩu không đạt.', { errors: [{ field: 'password', code: 'password.reused' }] }),
      { once: true },
    ),
  ],
  /** The captcha image cannot be loaded once (the connection fails); "Đổi ảnh khác" loads it. */
  captchaFailed: () => [http.post(captcha, () => HttpResponse.error(), { once: true })],
  /** The spoken captcha cannot be loaded once (the connection fails). */
  captchaAudioFailed: () => [http.get(`${captcha}/:id/audio`, () => HttpResponse.error(), { once: true })],
  /** The registration is gone when the OTP is checked (404 registration_expired, once). */
  registrationExpired: () => [
    http.post(verify, () => problem(404, 'registration_expired', 'Phiên đăng ký đã hết hạn.'), { once: true }),
  ],
  /** Asking for a new OTP is refused for 30 s (429 with Retry-After, once). */
  resendRateLimited: () => [
    http.post(resend, () => problem(429, 'rate_limited', 'Chưa thể gửi lại mã.', { retryAfter: 30 }, { 'Retry-After': '30' }), {
      once: true,
    }),
  ],
  /** The connection fails once while the OTP is checked. */
  otpNetworkError: () => [http.post(verify, () => HttpResponse.error(), { once: true })],
  /** The connection fails once while the password is set. */
  passwordNetworkError: () => [http.post(password, () => HttpResponse.error(), { once: true })],
  /** The connection fails once while a Vietnam Post activation channel is chosen. */
  activationNetworkError: () => [http.post(activation, () => HttpResponse.error(), { once: true })],
} satisfies Record<string, () => HttpHandler[]>;

export type ScenarioName = keyof typeof scenarios;
