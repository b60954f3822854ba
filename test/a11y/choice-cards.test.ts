/**
 * Choice cards (issue 9, items 5 and 6): radio beside its label, hint under the label in normal
 * weight, whatever field styles the step carries; selected, focused and in error are told apart by
 * more than colour, and the selected colour is far from the error red.
 */
import { expect } from '@open-wc/testing';
import { clean, deepQueryAll, focused, getButton, getRadio, stepHeading, waitFor } from '../helpers/dom.js';
import { sendKeys } from '@web/test-runner-commands';
import { widget } from '../helpers/widget.js';

const rgb = (color: string) => (color.match(/\d+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];
const distance = (a: string, b: string) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]!));

async function methodStep(): Promise<HTMLElement> {
  const el = await widget({ methods: 'phone,bhxh,vnpost' });
  await waitFor(() => stepHeading(el) === 'Chọn cách đăng ký');
  return el;
}

function cardOf(radio: HTMLInputElement): { card: HTMLElement; label: HTMLElement; hint: HTMLElement } {
  const card = radio.closest('label')!;
  return { card, label: card.querySelector<HTMLElement>('.choice-label')!, hint: card.querySelector<HTMLElement>('.hint')! };
}

describe('choice cards', () => {
  it('put the radio beside its label and the hint under the label, in normal weight', async () => {
    const el = await methodStep();
    for (const name of ['Thuê bao di động', 'Mã số bảo hiểm xã hội', 'Tài khoản Bưu điện Việt Nam']) {
      const radio = getRadio(el, name);
      const { label, hint } = cardOf(radio);
      const r = radio.getBoundingClientRect();
      const l = label.getBoundingClientRect();
      const h = hint.getBoundingClientRect();
      // One row: the radio's top is level with the label's first line, and the label starts after it.
      expect(Math.abs(r.top - l.top), `${name}: radio and label on one row`).to.be.below(l.height);
      expect(l.left, `${name}: label right of the radio`).to.be.at.least(r.right);
      // The hint starts where the label starts, below it, and is not bold.
      expect(Math.abs(h.left - l.left), `${name}: hint aligned with the label`).to.be.below(1);
      expect(h.top, `${name}: hint under the label`).to.be.at.least(l.bottom - 1);
      expect(Number(getComputedStyle(hint).fontWeight), `${name}: hint weight`).to.be.below(600);
      expect(Number(getComputedStyle(label).fontWeight), `${name}: label weight`).to.be.at.least(600);
    }
  });

  it('keep their layout under the field styles of a details form (Nam / Nữ)', async () => {
    const el = await widget({ methods: 'vnpost' });
    await waitFor(() => stepHeading(el) === 'Nhập thông tin đăng ký');
    const radio = getRadio(el, 'Nữ');
    const { label } = cardOf(radio);
    const r = radio.getBoundingClientRect();
    const l = label.getBoundingClientRect();
    expect(Math.abs(r.top - l.top)).to.be.below(l.height);
    expect(l.left).to.be.at.least(r.right);
  });

  it('show a selected card by a check mark and a thicker border in a colour far from the error red', async () => {
    const el = await methodStep();
    const radio = getRadio(el, 'Thuê bao di động');
    const { card } = cardOf(radio);
    // Computed styles are live: keep the values as they are now.
    const plainBorder = getComputedStyle(card).borderTopColor;
    const plainBackground = getComputedStyle(card).backgroundColor;
    expect(getComputedStyle(card, '::after').content).to.not.contain('✓');
    radio.click();
    await waitFor(() => getComputedStyle(card, '::after').content.includes('✓'), { message: 'a check mark on the selected card' });
    const selected = getComputedStyle(card);
    expect(selected.borderTopColor).to.not.equal(plainBorder);
    // Thicker: the border plus an inner ring.
    expect(selected.boxShadow).to.contain('inset');
    expect(selected.backgroundColor).to.not.equal(plainBackground);

    // Now the error: nothing chosen on another step of the same kind.
    const other = await methodStep();
    getButton(other, 'Tiếp tục').click();
    const error = await waitFor(() => deepQueryAll<HTMLElement>(other, '.error-message')[0], { message: 'the error at the group' });
    const errorColor = getComputedStyle(error).color;
    expect(distance(selected.borderTopColor, errorColor), `${selected.borderTopColor} vs ${errorColor}`).to.be.above(150);
    // An error is more than red: an icon and the visible word "Lỗi:".
    expect(getComputedStyle(error, '::before').content).to.contain('!');
    expect(clean(error.textContent)).to.match(/^Lỗi: /);
    expect(deepQueryAll(error, '.visually-hidden')).to.have.length(0);
    const group = error.closest('.group')!;
    expect(getComputedStyle(group).borderInlineStartWidth).to.equal('4px');
    other.remove();
  });

  it('show keyboard focus as a ring set off the radio, in a third colour', async () => {
    const el = await methodStep();
    const radio = getRadio(el, 'Thuê bao di động');
    radio.click();
    radio.blur();
    // Reach it by keyboard so :focus-visible applies.
    getButton(el, 'Tiếp tục').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitFor(() => focused() === radio, { message: 'focus on the chosen radio' });
    const style = getComputedStyle(radio);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineOffset)).to.be.at.least(2);
    const selectedColor = getComputedStyle(cardOf(radio).card).borderTopColor;
    expect(distance(style.outlineColor, selectedColor)).to.be.above(150);
  });
});
