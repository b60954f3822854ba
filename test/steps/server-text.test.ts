/**
 * An error code the widget does not know: the server's own words are shown only when they are
 * plain text in the language on screen, never longer than a few lines; otherwise a localized
 * general message with the code to quote to support.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { MAX_SERVER_TEXT } from '../../src/api/limits.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { clean, deepQueryAll, waitFor } from '../helpers/dom.js';
import { fillDetails, submitDetails, type Locale } from '../helpers/phone-journey.js';
import { phoneWidget } from '../helpers/widget.js';

function refusal(title: string, detail: string | undefined, headers: Record<string, string> = {}) {
  return http.post(
    `${MOCK_BASE}/registrations`,
    () =>
      HttpResponse.json(
        { type: 'about:blank', title, status: 400, code: 'tenant_closed', ...(detail ? { detail } : {}) },
        { status: 400, headers: { 'Content-Type': 'application/problem+json', ...headers } },
      ),
    { once: true },
  );
}

async function alertAfterRefusal(locale: Locale, handler: ReturnType<typeof refusal>): Promise<string> {
  (await useMockBackend()).use(handler);
  const el = await phoneWidget({ lang: locale });
  await fillDetails(el, locale);
  await submitDetails(el, locale);
  const alert = await waitFor(() => deepQueryAll(el, '[data-alert]')[0], { message: 'the alert' });
  return clean(alert.textContent);
}

describe("an unknown error's server text", () => {
  it('is shown when plain and in the language on screen', async () => {
    const text = await alertAfterRefusal('vi', refusal('Cổng tạm dừng nhận hồ sơ', 'Vui lòng quay lại sau 22:00.', { 'Content-Language': 'vi' }));
    expect(text).to.contain('Cổng tạm dừng nhận hồ sơ: Vui lòng quay lại sau 22:00.');
  });

  it('is not shown in Vietnamese on an English screen: a general message with the code instead', async () => {
    const text = await alertAfterRefusal('en', refusal('Cổng tạm dừng nhận hồ sơ', 'Vui lòng quay lại sau 22:00.'));
    expect(text).to.not.contain('Cổng');
    expect(text).to.contain('Something went wrong').and.contain('tenant_closed');
  });

  it('is not shown in English on a Vietnamese screen when the server names no language (a proxy, a framework default)', async () => {
    const text = await alertAfterRefusal('vi', refusal('Service Unavailable', 'The upstream server is not responding.'));
    expect(text).to.not.contain('Service Unavailable').and.not.contain('upstream');
    expect(text).to.contain('Đã có lỗi xảy ra').and.contain('tenant_closed');
    // Vietnamese words with their marks are Vietnamese to a Vietnamese screen, named or not.
    const vietnamese = await alertAfterRefusal('vi', refusal('Cổng tạm dừng nhận hồ sơ', 'Vui lòng quay lại sau 22:00.'));
    expect(vietnamese).to.contain('Cổng tạm dừng nhận hồ sơ: Vui lòng quay lại sau 22:00.');
  });

  it('follows the language the server names (Content-Language) over the letters it uses', async () => {
    const text = await alertAfterRefusal('vi', refusal('Registration closed', 'Come back after 22:00.', { 'Content-Language': 'en-GB' }));
    expect(text).to.not.contain('Registration closed');
    expect(text).to.contain('Đã có lỗi xảy ra').and.contain('tenant_closed');
    const english = await alertAfterRefusal('en', refusal('Registration closed', 'Come back after 22:00.', { 'Content-Language': 'en' }));
    expect(english).to.contain('Registration closed: Come back after 22:00.');
  });

  it('is cut to a few lines however long the server makes it', async () => {
    const text = await alertAfterRefusal('vi', refusal('Bảo trì', 'chờ '.repeat(250_000)));
    expect(text.length).to.be.below(MAX_SERVER_TEXT + 100);
    expect(text).to.match(/…$/);
  });
});

describe("an unknown error's server text with a right-to-left override", () => {
  it('is not shown reversed on a Vietnamese screen: a general message with the code instead', async () => {
    // Shown as is, the override makes this read "Vui lòng quay lại sau 22:00" on the screen.
    const text = await alertAfterRefusal('vi', refusal('Cổng tạm dừng nhận hồ sơ', '\u202e00:22 uas iạl yauq gnòl iuV', { 'Content-Language': 'vi' }));
    expect(text).to.not.contain('\u202e').and.not.contain('Cổng tạm dừng');
    expect(text).to.contain('Đã có lỗi xảy ra').and.contain('tenant_closed');
  });

  it('is not shown reversed on an English screen, even named English', async () => {
    const text = await alertAfterRefusal('en', refusal('Registration closed', '\u202e00:22 retfa kcab emoC', { 'Content-Language': 'en' }));
    expect(text).to.not.contain('\u202e').and.not.contain('Registration closed');
    expect(text).to.contain('Something went wrong').and.contain('tenant_closed');
  });
});

describe('server text whose language the server did not name, on an English screen', () => {
  it('is not shown: a database’s own words are no message for a person; the general message with the code', async () => {
    const text = await alertAfterRefusal(
      'en',
      refusal('ORA-01017: invalid username/password; logon denied', 'at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)'),
    );
    expect(text).to.not.contain('ORA-01017').and.not.contain('oracle');
    expect(text).to.contain('Something went wrong').and.contain('tenant_closed');
  });
});
