/**
 * Test isolation: a widget writes its draft a moment after the last change (src/register/draft.ts),
 * so a test that ends right after typing leaves a write waiting. The next test's widget, at the
 * same place on the page, must not find it (test/helpers/mock-worker.ts).
 */
import { expect } from '@open-wc/testing';
import { type } from '../helpers/user.js';
import { getByLabel, visibleText } from '../helpers/dom.js';
import { PERSON, WORDS } from '../helpers/phone-journey.js';
import { phoneWidget } from '../helpers/widget.js';

describe('drafts between tests', () => {
  it('a test types and ends at once, its draft still waiting', async () => {
    const el = await phoneWidget();
    await type(getByLabel(el, WORDS.vi.fullName), PERSON.fullName);
  });

  it('the next test starts from nothing, even once that draft would have been written', async () => {
    // Past the draft's write delay (400 ms): the waiting write has happened by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const el = await phoneWidget();
    expect(visibleText(el)).to.not.contain('Đã giữ lại');
    expect(getByLabel(el, WORDS.vi.fullName).value).to.equal('');
  });
});
