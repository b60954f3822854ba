import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { http, HttpResponse } from 'msw';
import { apiContext } from '../../src/api/context.js';
import '../../src/fields/address-picker/address-picker.js';
import type { AddressPicker, AddressValue } from '../../src/fields/address-picker/address-picker.js';
import { ANNOUNCE_AFTER_MS } from '../../src/fields/address-picker/combobox.js';
import { currentLocale, setLocale } from '../../src/localization/locale.js';
import { SettlingApi } from '../helpers/api.js';
import { useMockBackend } from '../helpers/mock-worker.js';
import { announcements, clean, deepQueryAll, focused, getButton, getByLabel, waitFor } from '../helpers/dom.js';
import { press, tabTo, type } from '../helpers/user.js';

const WORDS = {
  vi: { province: 'Tỉnh, thành phố', commune: 'Xã, phường, đặc khu', street: 'Số nhà, đường, thôn/xóm', retry: 'Thử lại' },
  en: { province: 'Province or city', commune: 'Commune, ward or special zone', street: 'House number, street, village or hamlet', retry: 'Try again' },
} as const;
const W = WORDS.vi;

interface Mounted {
  readonly el: AddressPicker;
  /** Every address-change detail, in order. */
  readonly changes: AddressValue[];
  /** Every address-blur part, in order. */
  readonly blurs: string[];
  /** Requests to the address endpoints, as paths after /addresses. */
  readonly requests: string[];
}

let cleanup: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup) await fn();
  cleanup = [];
  await setLocale('vi');
});


/**
 * A picker inside a plain element that provides the API, as <dvc-register> does. Like a form, the
 * host writes every change back into `value`.
 */
async function mount(props: Partial<AddressPicker> = {}, { waitForList = true } = {}): Promise<Mounted> {
  const worker = await useMockBackend();
  const requests: string[] = [];
  worker.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname;
    if (path.includes('/addresses/')) requests.push(path.slice(path.indexOf('/addresses/') + '/addresses'.length));
  });
  const host = document.createElement('div');
  const api = new SettlingApi({ base: '/api/registration', timeout: 10000, locale: currentLocale });
  new ContextProvider(host as never, { context: apiContext, initialValue: api });
  const el = document.createElement('dvc-address-picker');
  Object.assign(el, { legend: 'Địa chỉ thường trú', idPrefix: 'permanent', required: true, ...props });
  const changes: AddressValue[] = [];
  const blurs: string[] = [];
  el.addEventListener('address-change', (e) => {
    changes.push(e.detail);
    el.value = e.detail;
  });
  el.addEventListener('address-blur', (e) => blurs.push(e.detail.part));
  host.append(el);
  document.body.append(host);
  cleanup.push(async () => {
    await api.settled();
    host.remove();
  });
  await el.updateComplete;
  if (waitForList) await waitFor(() => !el.shadowRoot!.querySelector('[aria-busy=true]'), { message: 'the lists to load' });
  return { el, changes, blurs, requests };
}

/** The province list held on its way until `release()` is called (a slow line). */
async function holdProvinces(): Promise<() => void> {
  const worker = await useMockBackend();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  worker.use(
    http.get('*/api/registration/addresses/provinces', async () => {
      await held;
      return undefined;
    }, { once: true }),
  );
  return release;
}

const input = (el: AddressPicker, part: 'province' | 'commune' | 'street') =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`#permanent-${part}`)!;
const options = (el: AddressPicker) => deepQueryAll(el, '[role=option]').map((o) => clean(o.querySelector('.option-name')?.textContent));
const activeOption = (el: AddressPicker, part: 'province' | 'commune') => {
  const id = input(el, part).getAttribute('aria-activedescendant');
  return id ? clean(el.shadowRoot!.getElementById(id)?.querySelector('.option-name')?.textContent) : undefined;
};
const expanded = (el: AddressPicker, part: 'province' | 'commune') => input(el, part).getAttribute('aria-expanded') === 'true';

/** Types into a combobox, then waits for the list to show what was typed. */
async function search(el: AddressPicker, part: 'province' | 'commune', text: string): Promise<void> {
  await type(input(el, part), text);
  await waitFor(() => expanded(el, part) || deepQueryAll(el, '.none').length > 0, { message: `options for "${text}"` });
}

/** Chooses a unit with the keyboard alone: type, arrow down to it, Enter. */
async function chooseByKeyboard(el: AddressPicker, part: 'province' | 'commune', text: string, name: string): Promise<void> {
  await waitFor(() => !input(el, part).disabled && !el.shadowRoot!.querySelector('[aria-busy=true]'), { message: `${part} ready` });
  await tabTo(input(el, part));
  // Tab selects the text of the field it enters; a field that already had focus needs it by hand.
  await sendKeys({ down: 'Control' });
  await press('a');
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
  await waitFor(() => expanded(el, part), { message: `options for "${text}"` });
  for (let i = 0; i < 50 && activeOption(el, part) !== name; i++) await press('ArrowDown');
  expect(activeOption(el, part)).to.equal(name);
  await press('Enter');
  await waitFor(() => input(el, part).value === name);
}

describe('<dvc-address-picker>', () => {
  describe('when it appears', () => {
    it('shows a legend and three labelled, required parts with the given ids', async () => {
      const { el } = await mount();
      expect(clean(el.shadowRoot!.querySelector('legend')?.textContent)).to.equal('Địa chỉ thường trú');
      expect(getByLabel(el, W.province).id).to.equal('permanent-province');
      expect(getByLabel(el, W.commune).id).to.equal('permanent-commune');
      expect(getByLabel(el, W.street).id).to.equal('permanent-street');
      for (const label of [W.province, W.commune, W.street]) {
        expect(clean(getByLabel(el, label).labels![0]!.textContent)).to.equal(`${label}* (bắt buộc)`);
      }
      const province = getByLabel(el, W.province);
      expect(province.getAttribute('role')).to.equal('combobox');
      expect(province.getAttribute('aria-expanded')).to.equal('false');
      expect(province.getAttribute('aria-autocomplete')).to.equal('list');
      const listbox = el.shadowRoot!.getElementById(province.getAttribute('aria-controls')!)!;
      expect(listbox.getAttribute('role')).to.equal('listbox');
    });

    it('without a province, the commune waits and says why', async () => {
      const { el } = await mount();
      const commune = getByLabel(el, W.commune);
      expect(commune.disabled).to.equal(true);
      const hint = el.shadowRoot!.getElementById(commune.getAttribute('aria-describedby')!.split(' ')[0]!)!;
      expect(clean(hint.textContent)).to.equal('Chọn tỉnh, thành phố trước.');
    });

    it('shows the names of a value given from outside, without reporting a change', async () => {
      const { el, changes } = await mount({ value: { provinceCode: '01', communeCode: '00004', street: '12 Phố Huế' } });
      await waitFor(() => input(el, 'commune').value === 'Phường Ba Đình');
      expect(input(el, 'province').value).to.equal('Thành phố Hà Nội');
      expect(input(el, 'street').value).to.equal('12 Phố Huế');
      expect(changes).to.deep.equal([]);
    });

    it('marks nothing required when not required', async () => {
      const { el } = await mount({ required: false });
      expect(deepQueryAll(el, '.required-mark')).to.have.length(0);
    });
  });

  describe('when typing a name', () => {
    for (const query of ['ha noi', 'hà nội', 'HA NOI', 'hanoi']) {
      it(`"${query}" finds "Thành phố Hà Nội"`, async () => {
        const { el } = await mount();
        await search(el, 'province', query);
        expect(options(el)).to.deep.equal(['Thành phố Hà Nội']);
      });
    }

    it('"ba dinh" and "Ba Đình" find "Phường Ba Đình" among the communes of Hà Nội', async () => {
      const { el } = await mount({ value: { provinceCode: '01', communeCode: '', street: '' } });
      await search(el, 'commune', 'ba dinh');
      expect(options(el)).to.deep.equal(['Phường Ba Đình']);
      await search(el, 'commune', 'Ba Đình');
      expect(options(el)).to.deep.equal(['Phường Ba Đình']);
    });

    it('puts names that start with the text first', async () => {
      const { el } = await mount();
      await search(el, 'province', 'an');
      expect(options(el)).to.deep.equal(['An Giang', 'Nghệ An']);
    });

    it('shows the unit type as a badge only where the name does not say it', async () => {
      const { el } = await mount();
      await search(el, 'province', 'cao');
      const [option] = deepQueryAll(el, '[role=option]');
      expect(clean(option!.querySelector('.badge')?.textContent)).to.equal('Tỉnh');
      await search(el, 'province', 'ha noi');
      expect(deepQueryAll(el, '[role=option] .badge')).to.have.length(0);
    });

    it('says when nothing matches, and how to search', async () => {
      const { el } = await mount();
      await search(el, 'province', 'xyz');
      const province = input(el, 'province');
      expect(province.getAttribute('aria-expanded')).to.equal('false');
      const none = deepQueryAll(el, '.none')[0]!;
      expect(clean(none.textContent)).to.equal('Không tìm thấy. Kiểm tra chính tả hoặc gõ không dấu.');
      expect(province.getAttribute('aria-describedby')).to.contain(none.id);
    });

    it('announces the number of results once typing pauses', async () => {
      const { el } = await mount();
      await search(el, 'province', 'ha');
      await waitFor(() => announcements(el).includes('3 kết quả'), { message: 'the count announced' });
      await search(el, 'province', 'xyz');
      await waitFor(() => announcements(el).includes('Không tìm thấy. Kiểm tra chính tả hoặc gõ không dấu.'));
    });

    it('shows at most 50 options and asks for more letters when more match', async () => {
      const { el } = await mount({ value: { provinceCode: '79', communeCode: '', street: '' } });
      await tabTo(input(el, 'commune'));
      await press('ArrowDown');
      await waitFor(() => expanded(el, 'commune'));
      expect(options(el)).to.have.length(50);
      expect(clean(deepQueryAll(el, '.more')[0]?.textContent)).to.equal('Gõ thêm để thu hẹp danh sách (168 kết quả)');
    });
  });

  describe('when used with the keyboard alone', () => {
    it('chooses a province, then one of its communes, then takes the street', async () => {
      const { el, changes } = await mount();
      await chooseByKeyboard(el, 'province', 'ha noi', 'Thành phố Hà Nội');
      expect(changes.at(-1)).to.deep.equal({ provinceCode: '01', communeCode: '', street: '' });
      expect(focused()).to.equal(input(el, 'province'));
      await chooseByKeyboard(el, 'commune', 'ba dinh', 'Phường Ba Đình');
      expect(changes.at(-1)).to.deep.equal({ provinceCode: '01', communeCode: '00004', street: '' });
      await press('Tab');
      expect(focused()).to.equal(input(el, 'street'));
      await sendKeys({ type: '12 Phố Huế' });
      expect(changes.at(-1)).to.deep.equal({ provinceCode: '01', communeCode: '00004', street: '12 Phố Huế' });
      expect(el.value).to.deep.equal({ provinceCode: '01', communeCode: '00004', street: '12 Phố Huế' });
    });

    it('moves with ArrowDown, ArrowUp, Home and End, and shows the active option', async () => {
      const { el } = await mount();
      await tabTo(input(el, 'province'));
      await press('ArrowDown');
      await waitFor(() => expanded(el, 'province'));
      expect(activeOption(el, 'province')).to.equal('Thành phố Hà Nội');
      await press('ArrowDown');
      expect(activeOption(el, 'province')).to.equal('Cao Bằng');
      await press('ArrowUp');
      expect(activeOption(el, 'province')).to.equal('Thành phố Hà Nội');
      await press('End');
      expect(activeOption(el, 'province')).to.equal('Cà Mau');
      await press('Home');
      expect(activeOption(el, 'province')).to.equal('Thành phố Hà Nội');
      const selected = deepQueryAll(el, '[role=option][aria-selected=true]');
      expect(selected.map((o) => o.id)).to.deep.equal([input(el, 'province').getAttribute('aria-activedescendant')]);
      expect(focused()).to.equal(input(el, 'province'));
    });

    it('ArrowUp on a closed list opens it at the last option', async () => {
      const { el } = await mount();
      await tabTo(input(el, 'province'));
      await press('ArrowUp');
      await waitFor(() => expanded(el, 'province'));
      expect(activeOption(el, 'province')).to.equal('Cà Mau');
    });

    it('Escape closes the list, and a second Escape puts back the chosen name', async () => {
      const { el, changes } = await mount();
      await chooseByKeyboard(el, 'province', 'cao bang', 'Cao Bằng');
      await sendKeys({ type: ' x' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await waitFor(() => expanded(el, 'province'));
      await press('Escape');
      expect(expanded(el, 'province')).to.equal(false);
      expect(input(el, 'province').value).to.equal('Cao Bằn');
      await press('Escape');
      await waitFor(() => input(el, 'province').value === 'Cao Bằng');
      expect(changes).to.have.length(1);
      expect(el.value.provinceCode).to.equal('04');
    });

    it('Enter chooses the only match without arrowing to it', async () => {
      const { el, changes } = await mount();
      await tabTo(input(el, 'province'));
      await sendKeys({ type: 'tuyen' });
      await waitFor(() => options(el).length === 1);
      await press('Enter');
      await waitFor(() => input(el, 'province').value === 'Tuyên Quang');
      expect(changes.at(-1)?.provinceCode).to.equal('08');
    });

    it('Tab leaves, and chooses the unit whose name was typed exactly', async () => {
      const { el, changes, blurs } = await mount();
      await tabTo(input(el, 'province'));
      await sendKeys({ type: 'thanh pho hue' });
      await press('Tab');
      await waitFor(() => input(el, 'province').value === 'Thành phố Huế');
      expect(changes.at(-1)?.provinceCode).to.equal('46');
      expect(blurs).to.deep.equal(['province']);
    });

    it('Tab after a partial name keeps the earlier choice', async () => {
      const { el, changes } = await mount();
      await chooseByKeyboard(el, 'province', 'ha noi', 'Thành phố Hà Nội');
      await type(input(el, 'province'), 'hai');
      await press('Tab');
      await waitFor(() => input(el, 'province').value === 'Thành phố Hà Nội');
      expect(changes).to.have.length(1);
    });
  });

  describe('when the province changes', () => {
    it('empties the commune and offers the new province’s communes', async () => {
      const { el, changes } = await mount();
      await chooseByKeyboard(el, 'province', 'ha noi', 'Thành phố Hà Nội');
      await chooseByKeyboard(el, 'commune', 'ba dinh', 'Phường Ba Đình');
      await type(input(el, 'street'), '12 Phố Huế');
      await chooseByKeyboard(el, 'province', 'cao bang', 'Cao Bằng');
      expect(changes.at(-1)).to.deep.equal({ provinceCode: '04', communeCode: '', street: '12 Phố Huế' });
      expect(input(el, 'commune').value).to.equal('');
      await waitFor(() => !input(el, 'commune').disabled && !el.shadowRoot!.querySelector('[aria-busy=true]'));
      await search(el, 'commune', 'ba dinh');
      expect(options(el)).to.deep.equal([]);
      await search(el, 'commune', 'thuc');
      expect(options(el)).to.deep.equal(['Phường Thục Phán']);
    });

    it('fetches each province’s communes once, however often it is chosen', async () => {
      const { el, requests } = await mount();
      await chooseByKeyboard(el, 'province', 'ha noi', 'Thành phố Hà Nội');
      await chooseByKeyboard(el, 'province', 'cao bang', 'Cao Bằng');
      await chooseByKeyboard(el, 'province', 'ha noi', 'Thành phố Hà Nội');
      await waitFor(() => !el.shadowRoot!.querySelector('[aria-busy=true]'));
      expect(requests.filter((p) => p === '/provinces/01/communes')).to.have.length(1);
      expect(requests.filter((p) => p === '/provinces')).to.have.length(1);
    });
  });

  describe('with a pointer or a finger', () => {
    it('a tap on an option chooses it, and options are at least 44px tall', async () => {
      const { el, changes } = await mount();
      await search(el, 'province', 'ha');
      const option = deepQueryAll(el, '[role=option]')[2]!;
      const box = option.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      await sendMouse({ type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
      await waitFor(() => input(el, 'province').value === 'Hà Tĩnh');
      expect(changes.at(-1)?.provinceCode).to.equal('42');
      expect(focused()).to.equal(input(el, 'province'));
    });
  });

  describe('when a list fails to load', () => {
    it('shows the failure with "Thử lại", keeps the street, and loads on retry', async () => {
      const worker = await useMockBackend();
      worker.use(http.get('*/api/registration/addresses/provinces', () => HttpResponse.error(), { once: true }));
      const { el, changes } = await mount({}, { waitForList: false });
      await type(input(el, 'street'), '12 Phố Huế');
      const retry = await waitFor(() => getButton(el, W.retry));
      expect(clean(el.shadowRoot!.querySelector('.list-failed')?.textContent)).to.contain('Không tải được danh sách tỉnh, thành phố.');
      expect(input(el, 'province').getAttribute('aria-describedby')).to.contain('permanent-province-status');
      expect(input(el, 'street').value).to.equal('12 Phố Huế');
      retry.click();
      await waitFor(() => !el.shadowRoot!.querySelector('.list-failed'));
      expect(focused()).to.equal(input(el, 'province'));
      await chooseByKeyboard(el, 'province', 'ha noi', 'Thành phố Hà Nội');
      expect(input(el, 'street').value).to.equal('12 Phố Huế');
      expect(changes.at(-1)).to.deep.equal({ provinceCode: '01', communeCode: '', street: '12 Phố Huế' });
    });

    it('a failed commune list never clears the value', async () => {
      const worker = await useMockBackend();
      worker.use(http.get('*/api/registration/addresses/provinces/:code/communes', () => HttpResponse.error(), { once: true }));
      const value = { provinceCode: '01', communeCode: '00004', street: '12 Phố Huế' };
      const { el, changes } = await mount({ value }, { waitForList: false });
      await waitFor(() => getButton(el, W.retry));
      expect(announcements(el)).to.include('Không tải được danh sách xã, phường, đặc khu.');
      expect(el.value).to.deep.equal(value);
      expect(input(el, 'street').value).to.equal('12 Phố Huế');
      getButton(el, W.retry).click();
      await waitFor(() => input(el, 'commune').value === 'Phường Ba Đình');
      expect(changes).to.deep.equal([]);
    });

    it('shows that a list is loading', async () => {
      const release = await holdProvinces();
      const { el } = await mount({}, { waitForList: false });
      const busy = await waitFor(() => el.shadowRoot!.querySelector('[aria-busy=true]') ?? undefined);
      expect(clean(busy.querySelector('.list-status')?.textContent)).to.equal('Đang tải danh sách…');
      release();
      await waitFor(() => !el.shadowRoot!.querySelector('[aria-busy=true]'));
    });
    it('announces the count of what was typed while the list was loading, once it is in', async () => {
      const release = await holdProvinces();
      const { el } = await mount({}, { waitForList: false });
      await waitFor(() => el.shadowRoot!.querySelector('[aria-busy=true]') ?? undefined);
      await type(input(el, 'province'), 'ha');
      // The quiet time passes while the list is still on its way.
      await new Promise((resolve) => setTimeout(resolve, ANNOUNCE_AFTER_MS * 3));
      expect(announcements(el).some((a) => /kết quả/.test(a)), 'nothing to count yet').to.equal(false);
      release();
      await waitFor(() => announcements(el).includes('3 kết quả'), { message: 'the count announced once the list is in' });
    });
  });

  describe('as part of a form', () => {
    it('shows the errors it is given, GOV.UK style', async () => {
      const { el } = await mount({ errors: { province: 'Hãy chọn tỉnh, thành phố.', street: 'Hãy nhập số nhà, đường.' } });
      for (const part of ['province', 'street'] as const) {
        const field = input(el, part);
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        const error = el.shadowRoot!.getElementById(`permanent-${part}-error`)!;
        expect(field.getAttribute('aria-describedby')).to.contain(error.id);
        expect(clean(error.textContent)).to.match(/^Lỗi: Hãy/);
      }
      expect(input(el, 'commune').hasAttribute('aria-invalid')).to.equal(false);
    });

    it('reports which part was left', async () => {
      const { el, blurs } = await mount({ value: { provinceCode: '01', communeCode: '', street: '' } });
      await waitFor(() => !input(el, 'commune').disabled && !el.shadowRoot!.querySelector('[aria-busy=true]'));
      await tabTo(input(el, 'province'));
      await press('Tab');
      await press('Tab');
      await press('Tab');
      expect(blurs).to.deep.equal(['province', 'commune', 'street']);
    });

    it('focusPart() moves focus to a part; to the province while no province is chosen', async () => {
      const { el } = await mount();
      await el.focusPart('street');
      expect(focused()).to.equal(input(el, 'street'));
      await el.focusPart('commune');
      expect(focused()).to.equal(input(el, 'province'));
      el.value = { provinceCode: '01', communeCode: '', street: '' };
      await waitFor(() => !input(el, 'commune').disabled);
      await el.focusPart('commune');
      expect(focused()).to.equal(input(el, 'commune'));
    });

    it('when disabled, shows the value read-only and lets nothing change it', async () => {
      const value = { provinceCode: '01', communeCode: '00004', street: '12 Phố Huế' };
      const { el, changes } = await mount({ value, disabled: true });
      await waitFor(() => input(el, 'commune').value === 'Phường Ba Đình');
      for (const part of ['province', 'commune', 'street'] as const) expect(input(el, part).readOnly, part).to.equal(true);
      await tabTo(input(el, 'province'));
      await press('ArrowDown');
      await sendKeys({ type: 'cao' });
      expect(expanded(el, 'province')).to.equal(false);
      expect(input(el, 'province').value).to.equal('Thành phố Hà Nội');
      expect(changes).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    for (const locale of ['vi', 'en'] as const) {
      it(`passes axe in ${locale}: empty, open, with a value and errors, and failed`, async () => {
        await setLocale(locale);
        const words = WORDS[locale];
        const { el } = await mount();
        expect(getByLabel(el, words.province).id).to.equal('permanent-province');
        await expect(el).to.be.accessible();

        await search(el, 'province', 'ha');
        expect(activeOption(el, 'province')).to.equal(undefined);
        await press('ArrowDown');
        await expect(el).to.be.accessible();
        await press('Enter');

        el.value = { provinceCode: '01', communeCode: '00004', street: '12 Phố Huế' };
        el.errors = { street: 'Hãy nhập số nhà, đường.' };
        await waitFor(() => input(el, 'commune').value === 'Phường Ba Đình');
        await expect(el).to.be.accessible();

        const worker = await useMockBackend();
        worker.use(http.get('*/api/registration/addresses/provinces/:code/communes', () => HttpResponse.error(), { once: true }));
        el.value = { provinceCode: '04', communeCode: '', street: '' };
        await waitFor(() => getButton(el, words.retry));
        await expect(el).to.be.accessible();
      });
    }

    it('follows a switch of locale', async () => {
      const { el } = await mount();
      await setLocale('en');
      await waitFor(() => getByLabel(el, WORDS.en.province));
      await search(el, 'province', 'cao');
      expect(clean(deepQueryAll(el, '[role=option] .badge')[0]?.textContent)).to.equal('Province');
    });
  });
});
