import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { delay, http, HttpResponse } from 'msw';
import { apiContext } from '../../src/api/context.js';
import { FetchRegistrationApi } from '../../src/api/fetch-api.js';
import '../../src/fields/address-picker/address-picker.js';
import type { AddressErrors, AddressValue } from '../../src/fields/address-picker/address-picker.js';
import { MOCK_BASE } from '../../src/mocks/handlers.js';
import { currentLocale } from '../../src/localization/locale.js';
import { define } from '../../src/register/define.js';
import { sharedStyles } from '../../src/styles/shared.js';
import { deepQueryAll, waitFor } from '../../test/helpers/dom.js';
import { type Locale, type RenderContext, type Story, type StoryMeta, docsFor } from '../support/story.js';

/**
 * A stand-in for the Vietnam Post form around the picker: it provides the API through context,
 * as <dvc-register> does, and writes each reported change back into `value`, as a form does.
 */
class AddressStory extends LitElement {
  static override styles = [sharedStyles];

  @property() heading = '';
  @property() legend = '';
  @property({ attribute: false }) value: AddressValue = { provinceCode: '', communeCode: '', street: '' };
  @property({ attribute: false }) errors: AddressErrors = {};
  @property({ type: Boolean }) disabled = false;

  // A new client per story: its page-long cache would otherwise hide the failure stories. The
  // long timeout keeps the Loading story loading while someone looks at it.
  readonly apiProvider = new ContextProvider(this, {
    context: apiContext,
    initialValue: new FetchRegistrationApi({ base: '/api/registration', timeout: 10 * 60_000, locale: currentLocale }),
  });

  override render(): TemplateResult {
    return html`<h3>${this.heading}</h3>
      <dvc-address-picker
        id-prefix="permanent"
        required
        .legend=${this.legend}
        .value=${this.value}
        .errors=${this.errors}
        ?disabled=${this.disabled}
        @address-change=${(e: CustomEvent<AddressValue>) => (this.value = e.detail)}
      ></dvc-address-picker>`;
  }
}
define('dvc-address-story', AddressStory);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-address-story': AddressStory;
  }
}

const WORDS = {
  vi: { heading: 'Địa chỉ', legend: 'Địa chỉ thường trú', provinceError: 'Hãy chọn tỉnh, thành phố.', communeError: 'Hãy chọn xã, phường, đặc khu.', streetError: 'Hãy nhập số nhà, đường, thôn/xóm.' },
  en: { heading: 'Address', legend: 'Permanent address', provinceError: 'Choose a province or city.', communeError: 'Choose a commune, ward or special zone.', streetError: 'Enter the house number, street, village or hamlet.' },
} satisfies Record<Locale, Record<string, string>>;

const HA_NOI_BA_DINH: AddressValue = { provinceCode: '01', communeCode: '00004', street: '12 Phố Huế' };

interface Options {
  readonly value?: AddressValue;
  readonly errors?: (words: (typeof WORDS)[Locale]) => AddressErrors;
  readonly disabled?: boolean;
}

function picker({ value, errors, disabled = false }: Options = {}) {
  return (_args: Record<string, unknown>, { globals }: RenderContext): TemplateResult => {
    const locale = globals.locale ?? 'vi';
    const words = WORDS[locale];
    return html`<div lang=${locale}>
      <dvc-address-story
        .heading=${words.heading}
        .legend=${words.legend}
        .value=${value ?? { provinceCode: '', communeCode: '', street: '' }}
        .errors=${errors?.(words) ?? {}}
        ?disabled=${disabled}
      ></dvc-address-story>
    </div>`;
  };
}

/** The picker's input for a part, once its list has loaded. */
async function ready(root: Element, part: 'province' | 'commune'): Promise<HTMLInputElement> {
  return waitFor(
    () => {
      const input = deepQueryAll<HTMLInputElement>(root, `#permanent-${part}`)[0];
      const busy = deepQueryAll(root, '.unit-field[aria-busy=true]').length > 0;
      return input && !input.disabled && !busy ? input : undefined;
    },
    { message: `the ${part} list`, timeout: 8000 },
  );
}

/** Types as an input method would (the value, then an input event) and waits for the list. */
async function typeInto(root: Element, part: 'province' | 'commune', text: string): Promise<HTMLInputElement> {
  const input = await ready(root, part);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
  await waitFor(() => input.getAttribute('aria-expanded') === 'true' || deepQueryAll(root, '.none').length > 0, { message: 'the options' });
  return input;
}

function key(input: HTMLInputElement, name: string): void {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
}

const failOnce = (path: string) => () => [http.get(`${MOCK_BASE}${path}`, () => HttpResponse.error(), { once: true })];

// Field "address": province → commune → street, for the Vietnam Post form's two addresses.
// (The docs page shows the step class's own JSDoc: .storybook/manifest.ts.)
export default {
  title: 'Thành phần — Fields/Chọn địa chỉ — Address picker',
  ...docsFor('AddressPicker', { controls: false }),
  render: picker(),
} satisfies StoryMeta;

export const Empty: Story = { name: 'Trống — Empty' };

export const Filled: Story = { name: 'Đã chọn — Filled', render: picker({ value: HA_NOI_BA_DINH }) };

/** "ha" typed: matches whose name starts with it come first; "Cao Bằng"-style names get a type badge. */
export const Filtering: Story = {
  name: 'Đang lọc — Filtering',
  play: async ({ canvasElement }) => {
    const input = await typeInto(canvasElement, 'province', 'ha');
    key(input, 'ArrowDown');
  },
};

export const ProvinceBadges: Story = {
  name: 'Nhãn loại đơn vị — Unit type badges',
  play: async ({ canvasElement }) => {
    const input = await ready(canvasElement, 'province');
    input.focus();
    key(input, 'ArrowDown');
    await waitFor(() => input.getAttribute('aria-activedescendant'), { message: 'an active option' });
  },
};

/** Ho Chi Minh City has 168 communes and wards: 50 show, with a line asking for more letters. */
export const ManyResults: Story = {
  name: 'Nhiều kết quả — Many results',
  render: picker({ value: { provinceCode: '79', communeCode: '', street: '' } }),
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'commune', 'p');
  },
};

export const NoResults: Story = {
  name: 'Không có kết quả — No results',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'province', 'xyz');
  },
};

export const WithErrors: Story = {
  name: 'Có lỗi — With errors',
  render: picker({
    value: { provinceCode: '01', communeCode: '', street: '' },
    errors: (w) => ({ commune: w.communeError, street: w.streetError }),
  }),
};

export const AllErrors: Story = {
  name: 'Lỗi ở mọi ô — All errors',
  render: picker({ errors: (w) => ({ province: w.provinceError, commune: w.communeError, street: w.streetError }) }),
};

/** As the current address while "same as permanent" is ticked: the copied value, read-only. */
export const Disabled: Story = { name: 'Chỉ đọc — Disabled', render: picker({ value: HA_NOI_BA_DINH, disabled: true }) };

export const Loading: Story = {
  name: 'Đang tải — Loading',
  beforeEach: ({ msw }) =>
    msw.use(
      http.get(`${MOCK_BASE}/addresses/provinces`, async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [] });
      }),
    ),
};

export const ProvincesFailed: Story = {
  name: 'Không tải được tỉnh — Provinces failed',
  beforeEach: ({ msw }) => msw.use(...failOnce('/addresses/provinces')()),
  play: async ({ canvasElement }) => {
    await waitFor(() => deepQueryAll(canvasElement, '.list-failed').length > 0, { message: 'the failure', timeout: 8000 });
  },
};

/** The value and the street stay; only the commune's list is missing until "Thử lại". */
export const CommunesFailed: Story = {
  name: 'Không tải được xã — Communes failed',
  render: picker({ value: HA_NOI_BA_DINH }),
  beforeEach: ({ msw }) => msw.use(...failOnce('/addresses/provinces/:code/communes')()),
  play: async ({ canvasElement }) => {
    await waitFor(() => deepQueryAll(canvasElement, '.list-failed').length > 0, { message: 'the failure', timeout: 8000 });
  },
};
