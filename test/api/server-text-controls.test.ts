/**
 * The server's own words for an unknown code are shown as plain text only: besides markup and
 * control characters, the invisible bidirectional controls are refused, since a right-to-left
 * override (U+202E) makes the rest of the message show reversed, and so read as something else.
 * And text whose language the server did not name is never shown on an English screen.
 */
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { ApiError } from '../../src/api/errors.js';
import { problemMessage, showable } from '../../src/api/messages.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { clean, deepQueryAll, waitFor } from '../helpers/dom.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { fillDetails, submitDetails, type Locale } from '../helpers/phone-journey.js';
import { phoneWidget } from '../helpers/widget.js';

/** Every bidirectional formatting character Unicode has (UAX #9): marks, embeddings, overrides, isolates. */
const BIDI_CONTROLS = ['\u061c', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('showable: bidirectional controls', () => {
  it('refuses text carrying any of them, in either language, named or not, and only them', () => {
    const shown = BIDI_CONTROLS.filter(
      (c) =>
        showable(`Registration ${c}closed`, 'en', 'en') ||
        showable(`Cổng tạm ${c}dừng nhận hồ sơ`, 'vi', 'vi') ||
        showable(`Cổng tạm ${c}dừng nhận hồ sơ`, undefined, 'vi'),
    );
    expect(shown.map(hex), 'bidirectional controls let through').to.deep.equal([]);
    // The same words without them are shown, and so are their ordinary neighbours: hyphen, en dash,
    // ellipsis, non-breaking and narrow no-break spaces.
    expect(showable('Registration closed', 'en', 'en')).to.equal(true);
    expect(showable('Cổng tạm dừng \u2010 22:00\u201322:30 \u2026 sau\u00a0\u202f22:00', 'vi', 'vi')).to.equal(true);
  });
});

describe('problemMessage: server text with a bidirectional control', () => {
  it('gives the general message with the code to quote instead', () => {
    const error = new ApiError({
      code: 'unknown',
      status: 400,
      serverText: 'Cổng tạm dừng nhận hồ sơ: \u202e00:22 uas iạl yauq gnòl iuV',
      serverLanguage: 'vi',
      serverCode: 'tenant_closed',
    });
    const message = problemMessage(error);
    expect(message).to.not.contain('\u202e').and.not.contain('Cổng tạm dừng');
    expect(message).to.contain('tenant_closed');
  });
});

function refusal(title: string, detail: string, language: Locale | undefined) {
  return http.post(
    `${MOCK_BASE}/registrations`,
    () =>
      HttpResponse.json(
        { type: 'about:blank', title, detail, status: 400, code: 'tenant_closed' },
        {
          status: 400,
          headers: { 'Content-Type': 'application/problem+json', ...(language ? { 'Content-Language': language } : {}) },
        },
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

describe("an unknown error's server text with a right-to-left override", () => {
  it('is not shown reversed on a Vietnamese screen: a general message with the code instead', async () => {
    // Shown as is, the override makes this read "Vui lòng quay lại sau 22:00" on the screen.
    const text = await alertAfterRefusal('vi', refusal('Cổng tạm dừng nhận hồ sơ', '\u202e00:22 uas iạl yauq gnòl iuV', 'vi'));
    expect(text).to.not.contain('\u202e').and.not.contain('Cổng tạm dừng');
    expect(text).to.contain('Đã có lỗi xảy ra').and.contain('tenant_closed');
  });

  it('is not shown reversed on an English screen, even named English', async () => {
    const text = await alertAfterRefusal('en', refusal('Registration closed', '\u202e00:22 retfa kcab emoC', 'en'));
    expect(text).to.not.contain('\u202e').and.not.contain('Registration closed');
    expect(text).to.contain('Something went wrong').and.contain('tenant_closed');
  });
});

describe('server text whose language the server did not name, on an English screen', () => {
  it('is not shown: a database’s own words are no message for a person; the general message with the code', async () => {
    expect(showable('Registration closed', undefined, 'en')).to.equal(false);
    const text = await alertAfterRefusal(
      'en',
      refusal('ORA-01017: invalid username/password; logon denied', 'at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:494)', undefined),
    );
    expect(text).to.not.contain('ORA-01017').and.not.contain('oracle');
    expect(text).to.contain('Something went wrong').and.contain('tenant_closed');
  });
});
