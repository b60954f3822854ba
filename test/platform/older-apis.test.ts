/**
 * The widget on a platform with only what the support floor has (Safari/iOS 15.0, Chrome 90):
 * every newer API the code or its libraries could use is removed before any of them loads, then
 * a person completes the phone journey in both languages. Before the guard in
 * src/api/abort.ts, every backend call failed here as "check your network".
 */
import { removed, structuredCloneCallers } from './without-newer-apis.js';
import { expect, oneEvent } from '@open-wc/testing';
import { getButton, getByLabel, deepQueryAll, stepHeading, waitFor } from '../helpers/dom.js';
import { WORDS, toOtp, toPassword, type Locale } from '../helpers/phone-journey.js';
import { type } from '../helpers/user.js';
import { phoneWidget } from '../helpers/widget.js';

describe('on a browser at the support floor (newer APIs removed)', () => {
  it('really lacks them', () => {
    expect(removed).to.include.members(['any', 'timeout', 'at', 'hasOwn', 'adoptedStyleSheets']);
    expect((AbortSignal as unknown as Record<string, unknown>)['any']).to.equal(undefined);
    expect((AbortSignal as unknown as Record<string, unknown>)['timeout']).to.equal(undefined);
    expect('at' in []).to.equal(false);
    expect('adoptedStyleSheets' in document).to.equal(false);
  });

  for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
    const w = WORDS[locale];
    it(`completes the phone journey, in ${locale}, styled by <style> elements`, async () => {
      const el = await phoneWidget({ lang: locale });
      await waitFor(() => stepHeading(el) === w.detailsHeading, { message: 'the details step' });
      // Lit's fallback for browsers without adoptedStyleSheets: the styles are really applied.
      expect(el.shadowRoot!.querySelector('style'), 'styles as <style> elements').to.not.equal(null);
      expect(getComputedStyle(getButton(el, w.register)).minHeight).to.equal('44px');

      await toOtp(el, locale);
      await toPassword(el, locale);
      await type(getByLabel(el, w.password), 'Hoa-sen#2024');
      await type(getByLabel(el, w.confirmPassword), 'Hoa-sen#2024');
      const completed = oneEvent(el, 'dvc-complete');
      getButton(el, w.finish).click();
      await completed;
      await waitFor(() => stepHeading(el) === w.doneHeading, { message: 'the done step' });
      expect(deepQueryAll(el, '[role=alert]').filter((a) => a.textContent!.trim() !== '')).to.have.length(0);
    });
  }

  it('never called structuredClone from the widget, its libraries or the mocks', () => {
    expect(structuredCloneCallers).to.deep.equal([]);
  });
});
