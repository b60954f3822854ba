/**
 * The password step (issue 9, item 8): rules neutral until something is typed, "Hiện mật khẩu" a
 * toggle beside the field, and a username that looks and is announced read-only.
 */
import { expect } from '@open-wc/testing';
import { clean, deepQueryAll, getButton, getByLabel, waitFor } from '../helpers/dom.js';
import { type } from '../helpers/user.js';
import { toOtp, toPassword, WORDS } from '../helpers/phone-journey.js';
import { phoneWidget } from '../helpers/widget.js';

async function atPassword(): Promise<HTMLElement> {
  const el = await phoneWidget();
  await toOtp(el, 'vi');
  await toPassword(el, 'vi');
  return el;
}

const rules = (el: HTMLElement) => deepQueryAll<HTMLLIElement>(el, '#password-rules li');

describe('the password step', () => {
  it('shows no rule as met or missed before anything is typed', async () => {
    const el = await atPassword();
    expect(rules(el).length).to.be.above(3);
    for (const rule of rules(el)) {
      expect(clean(rule.textContent), 'no tick before typing').to.not.contain('✓');
      expect(clean(rule.textContent)).to.not.match(/đã đạt|chưa đạt/);
      expect(rule.className).to.equal('pending');
    }
    await type(getByLabel(el, WORDS.vi.password), 'abc');
    await waitFor(() => rules(el).some((r) => r.className === 'passed'), { message: 'a rule met once typing' });
    // The ID / phone / name rules are met by "abc" and now say so.
    expect(rules(el).filter((r) => clean(r.textContent).includes('✓')).length).to.be.above(0);
    expect(rules(el).some((r) => r.className === 'failed')).to.equal(true);
  });

  it('"Hiện mật khẩu" is a toggle beside the field, not in the action row', async () => {
    const el = await atPassword();
    const toggle = getButton(el, 'Hiện mật khẩu');
    const password = getByLabel(el, WORDS.vi.password);
    expect(toggle.closest('.field')?.contains(password)).to.equal(true);
    expect(toggle.closest('.actions')).to.equal(null);
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.contain('password');
    // Beside the input: on the same row, to its right, when there is room.
    const t = toggle.getBoundingClientRect();
    const p = password.getBoundingClientRect();
    expect(t.left).to.be.at.least(p.right);
    expect(Math.abs(t.top - p.top)).to.be.below(p.height);
    toggle.click();
    await waitFor(() => toggle.getAttribute('aria-pressed') === 'true');
    expect(password.type).to.equal('text');
    expect(getByLabel(el, WORDS.vi.confirmPassword).type).to.equal('text');
    toggle.click();
    await waitFor(() => password.type === 'password');
    // The primary button is alone in the action row.
    const actions = deepQueryAll(el, 'dvc-step-password')[0]!.shadowRoot!.querySelector('.actions')!;
    expect([...actions.querySelectorAll('button')].map((b) => clean(b.textContent))).to.deep.equal([WORDS.vi.finish]);
  });

  it('shows the username read-only: it looks fixed and says so', async () => {
    const el = await atPassword();
    const username = getByLabel(el, 'Tên đăng nhập');
    const password = getByLabel(el, WORDS.vi.password);
    expect(username.readOnly).to.equal(true);
    const u = getComputedStyle(username);
    const p = getComputedStyle(password);
    expect(u.backgroundColor).to.not.equal(p.backgroundColor);
    expect(u.borderTopStyle).to.equal('dashed');
    const described = (username.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => clean((username.getRootNode() as ShadowRoot).getElementById(id)?.textContent))
      .join(' ');
    expect(described).to.contain('không sửa được');
    await expect(el).to.be.accessible();
  });
});
