import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { consume } from '../../context/context.js';
import { apiContext } from '../../api/context.js';
import type { AdminUnit, RegistrationApi } from '../../api/types.js';
import { define } from '../../register/define.js';
import { Announcement } from '../../register/announcer.js';
import { sharedStyles } from '../../styles/shared.js';
import { fieldStyles } from '../field-styles.js';
import { textField } from '../text-field.js';
import { UnitCombobox, type UnitList } from './combobox.js';
import { indexUnits, type UnitIndex } from './filter.js';
import { chooseProvinceFirst, communeLabel, communesFailed, provinceLabel, provincesFailed, streetLabel } from './messages.js';
import { addressPickerStyles } from './styles.js';

export interface AddressValue {
  readonly provinceCode: string;
  readonly communeCode: string;
  readonly street: string;
}

export type AddressPart = 'province' | 'commune' | 'street';

export type AddressErrors = Partial<Record<AddressPart, string>>;

export type AddressChangeEvent = CustomEvent<AddressValue>;
export type AddressBlurEvent = CustomEvent<{ readonly part: AddressPart }>;

export const EMPTY_ADDRESS: AddressValue = Object.freeze({ provinceCode: '', communeCode: '', street: '' });

/**
 * Indexes live as long as their list: the fetch client hands every caller the same cached array,
 * so both pickers of a form (and a province chosen again) fold each list once.
 */
const indexes = new WeakMap<readonly AdminUnit[], UnitIndex<AdminUnit>>();

const NO_UNITS: readonly AdminUnit[] = Object.freeze([]);

function listOf(status: UnitList['status'], units: readonly AdminUnit[] = NO_UNITS): UnitList {
  let index = indexes.get(units);
  if (!index) indexes.set(units, (index = indexUnits(units)));
  return { status, units, index };
}

const IDLE = listOf('idle');

/**
 * One postal address in the two-tier units in force since 1 July 2025: province or city →
 * commune, ward or special zone (of that province) → house number and street. The lists come from
 * the backend (`RegistrationApi.listProvinces` / `listCommunes`, through `apiContext`); the element
 * keeps only what it loaded. Typing filters with or without diacritics ("ha noi" finds
 * "Thành phố Hà Nội"). A list that fails to load shows "Thử lại" and never touches the value.
 *
 * The element is controlled by its form: it reports every change as an event and also keeps the
 * new value itself, so a form that writes `value` back (or does not) sees the same thing.
 *
 * Keys in a combobox: typing filters and opens the list; ArrowDown/ArrowUp open it and move;
 * Home/End, PageUp/PageDown move once an option is active; Enter chooses the active option (or,
 * with none active, the only match or an exact name); Escape closes, a second Escape puts back the
 * chosen name; Tab leaves, choosing the unit whose name was typed exactly, otherwise putting back
 * the chosen name (an emptied field clears the part). The list never holds more than 50 options.
 *
 * Children (e.g. a "same as permanent address" checkbox) are shown in the fieldset, under its legend.
 *
 * @slot - Shown under the legend, before the parts.
 * @event address-change - The person changed a part. `detail: { provinceCode, communeCode, street }`;
 *   a new province empties the commune. Not sent when `value` is set from outside.
 * @event address-blur - A part lost focus: `detail: { part: 'province' | 'commune' | 'street' }`.
 *
 * @cssproperty --dvc-option-active-bg - Background of the option under the arrow keys (default #e8f0fe).
 * @cssproperty --dvc-color-readonly - Background of read-only and disabled inputs (default #f3f2f1).
 */
@localized()
export class AddressPicker extends LitElement {
  static override styles = [sharedStyles, fieldStyles, addressPickerStyles];

  /** The group's name, shown as the fieldset legend: "Địa chỉ thường trú". */
  @property() legend = '';

  /** Codes of the chosen units and the street text; empty strings when unset. */
  @property({ attribute: false }) value: AddressValue = EMPTY_ADDRESS;

  /** All three parts are required: marked with a red * and a spoken "(bắt buộc)". */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Shows the value read-only (e.g. while "same as permanent address" is ticked). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Messages to show under each part's label; the form decides when (touched or submitted). */
  @property({ attribute: false }) errors: AddressErrors = {};

  /** Inner input ids are `${idPrefix}-province`, `${idPrefix}-commune`, `${idPrefix}-street`. */
  @property({ attribute: 'id-prefix' }) idPrefix = 'address';

  @consume({ context: apiContext, subscribe: true })
  @state()
  private api?: RegistrationApi;

  @state() private provinces: UnitList = IDLE;
  @state() private communes: UnitList = IDLE;
  /** The province whose communes `communes` holds (or is loading). */
  private communesOf = '';
  /** Guards against a late answer for a list nobody wants any more (a province chosen, then another). */
  private provincesCall = 0;
  private communesCall = 0;

  private readonly announcement = new Announcement();

  private readonly province = new UnitCombobox(this, {
    choose: (unit) => this.change({ provinceCode: unit?.code ?? '', communeCode: '' }, 'province'),
    leave: () => this.blurred('province'),
    retry: () => this.retry('province'),
    announce: (text) => this.announce(text),
  });

  private readonly commune = new UnitCombobox(this, {
    choose: (unit) => this.change({ communeCode: unit?.code ?? '' }, 'commune'),
    leave: () => this.blurred('commune'),
    retry: () => this.retry('commune'),
    announce: (text) => this.announce(text),
  });

  /** Moves focus to a part's input, e.g. from the form's error summary. Without a province, the commune's input is disabled: the province gets focus instead. */
  async focusPart(part: AddressPart): Promise<void> {
    await this.updateComplete;
    const target = part === 'commune' && this.value.provinceCode === '' ? 'province' : part;
    const input = this.input(target);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('api')) {
      this.communesOf = '';
      this.loadProvinces();
    }
    if (changed.has('value')) {
      const old = changed.get('value') as AddressValue | undefined;
      // A value from outside replaces whatever was being typed; our own choices reset it already.
      if (old?.provinceCode !== this.value.provinceCode) this.province.reset();
      if (old?.communeCode !== this.value.communeCode) this.commune.reset();
    }
    if (changed.has('disabled') && this.disabled) {
      this.province.reset();
      this.commune.reset();
    }
    if (this.value.provinceCode !== this.communesOf) this.loadCommunes();
  }

  override render(): TemplateResult {
    const id = (part: AddressPart) => `${this.idPrefix}-${part}`;
    const noProvince = this.value.provinceCode === '';
    return html`
      <fieldset class="address">
        <legend>${this.legend}</legend>
        <slot></slot>
        ${this.province.render({
          id: id('province'),
          label: provinceLabel(),
          required: this.required,
          readonly: this.disabled,
          error: this.errors.province,
          list: this.provinces,
          chosenCode: this.value.provinceCode,
          failedText: provincesFailed(),
        })}
        ${this.commune.render({
          id: id('commune'),
          label: communeLabel(),
          required: this.required,
          readonly: this.disabled,
          blockedHint: noProvince && !this.disabled ? chooseProvinceFirst() : undefined,
          error: this.errors.commune,
          list: noProvince ? IDLE : this.communes,
          chosenCode: this.value.communeCode,
          failedText: communesFailed(),
        })}
        ${textField({
          id: id('street'),
          label: streetLabel(),
          required: this.required,
          value: this.value.street,
          error: this.errors.street,
          readonly: this.disabled,
          // A section keeps a browser's autofill from pouring one saved address into both pickers.
          autocomplete: `section-${this.idPrefix} address-line1`,
          onInput: (street) => this.change({ street }, 'street'),
          onBlur: () => this.blurred('street'),
        })}
        ${this.announcement.render()}
      </fieldset>
    `;
  }

  private input(part: AddressPart): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(`${this.idPrefix}-${part}`)}`);
  }

  private change(patch: Partial<AddressValue>, part: AddressPart): void {
    if (this.disabled) return;
    const next = { ...this.value, ...patch };
    if (part === 'province' && next.provinceCode === this.value.provinceCode) return;
    if (part === 'commune' && next.communeCode === this.value.communeCode) return;
    this.value = next;
    this.dispatchEvent(
      new CustomEvent<AddressValue>('address-change', { detail: { ...next }, bubbles: true, composed: true }),
    );
  }

  private blurred(part: AddressPart): void {
    this.dispatchEvent(new CustomEvent('address-blur', { detail: { part }, bubbles: true, composed: true }));
  }

  private announce(text: () => string): void {
    this.announcement.set(text);
    this.requestUpdate();
  }

  private async retry(part: 'province' | 'commune'): Promise<void> {
    if (part === 'province') this.loadProvinces();
    else this.loadCommunes();
    // The button goes away with the failure; focus must not fall back to the page.
    await this.updateComplete;
    this.input(part)?.focus();
  }

  private loadProvinces(): void {
    const api = this.api;
    const call = ++this.provincesCall;
    if (!api) {
      this.provinces = IDLE;
      return;
    }
    this.provinces = listOf('loading', this.provinces.units);
    api.listProvinces().then(
      (units) => {
        if (call === this.provincesCall) this.provinces = listOf('ready', units);
      },
      () => {
        if (call !== this.provincesCall) return;
        this.provinces = listOf('failed', this.provinces.units);
        this.announce(provincesFailed);
      },
    );
  }

  private loadCommunes(): void {
    const api = this.api;
    const provinceCode = this.value.provinceCode;
    const call = ++this.communesCall;
    this.communesOf = provinceCode;
    if (!api || provinceCode === '') {
      this.communes = IDLE;
      return;
    }
    // The old province's communes must not be offered for the new one, even for a moment.
    this.communes = listOf('loading');
    api.listCommunes(provinceCode).then(
      (units) => {
        if (call === this.communesCall) this.communes = listOf('ready', units);
      },
      () => {
        if (call !== this.communesCall) return;
        this.communes = listOf('failed');
        this.announce(communesFailed);
      },
    );
  }
}

define('dvc-address-picker', AddressPicker);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-address-picker': AddressPicker;
  }
  interface GlobalEventHandlersEventMap {
    'address-change': AddressChangeEvent;
    'address-blur': AddressBlurEvent;
  }
}
