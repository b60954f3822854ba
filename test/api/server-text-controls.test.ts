/**
 * The server's own words for an unknown code are shown as plain text only: besides markup and
 * control characters, the invisible bidirectional controls are refused, since a right-to-left
 * override (U+202E) makes the rest of the message show reversed, and so read as something else.
 * What the person sees of it: test/steps/server-text.test.ts.
 */
import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/errors.js';
import { problemMessage, showable } from '../../src/api/messages.js';

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

describe('showable: text whose language the server did not name', () => {
  it('is never shown on an English screen, and on a Vietnamese one only in Vietnamese letters', () => {
    expect(showable('Registration closed', undefined, 'en')).to.equal(false);
    expect(showable('Cổng tạm dừng nhận hồ sơ', undefined, 'en')).to.equal(false);
    expect(showable('Cổng tạm dừng nhận hồ sơ', undefined, 'vi')).to.equal(true);
    expect(showable('Service Unavailable', undefined, 'vi')).to.equal(false);
  });
});
