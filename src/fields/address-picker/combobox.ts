/**
 * One editable combobox over a list of administrative units, after the WAI-ARIA 1.2 pattern
 * "list autocomplete with manual selection": typing filters, arrows move a visual focus
 * (aria-activedescendant) while DOM focus stays in the input, Enter chooses.
 *
 * A controller, not an element: the label, the input and the listbox must share one shadow root,
 * or aria-controls and aria-activedescendant (ID references) would point at nothing.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { AdminUnit } from '../../api/types.js';
import { errorPrefix } from '../messages.js';
import { requiredMark } from '../text-field.js';
import { exactMatch, filterUnits, startsWithType, type FilterResult, type UnitIndex } from './filter.js';
import { keptText, loadingText, noResults, resultCount, retryText, typeLabel, typeMore } from './messages.js';

export type ListStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** A list as loaded from the backend, with its search index built once. */
export interface UnitList {
  readonly status: ListStatus;
  readonly units: readonly AdminUnit[];
  readonly index: UnitIndex<AdminUnit>;
}

/** What the host knows at render time. */
export interface ComboboxView {
  readonly id: string;
  readonly label: string;
  readonly required: boolean;
  /** Shows the chosen unit, but nothing can be typed or chosen. */
  readonly readonly: boolean;
  /** Set while an earlier choice is missing: the input is disabled and this says why. */
  readonly blockedHint?: string;
  readonly error?: string;
  readonly list: UnitList;
  readonly chosenCode: string;
  readonly failedText: string;
}

export interface ComboboxActions {
  /** The person chose a unit, or emptied the field (undefined). */
  choose(unit: AdminUnit | undefined): void;
  /** DOM focus left the input. */
  leave(): void;
  retry(): void;
  /** Words for the polite live region. */
  /** Said politely; a function is worded at render time, following a language switch. */
  announce(text: () => string): void;
}

/** Options rendered at most: more would slow a cheap phone on every keystroke and help nobody. */
export const MAX_SHOWN = 50;
/** Quiet time before the number of results is announced; on every key it would drown the typing. */
export const ANNOUNCE_AFTER_MS = 500;
const PAGE = 10;

export class UnitCombobox implements ReactiveController {
  /** What the person typed since the last choice; undefined shows the chosen unit's name. */
  private query: string | undefined;
  private open = false;
  /** Index in the shown options of the one with visual focus; -1 for none. */
  private active = -1;
  private scrollPending = false;
  private view: ComboboxView | undefined;
  private shown: FilterResult<AdminUnit> = { units: [], total: 0 };
  private memo: { index: UnitIndex<AdminUnit>; query: string; result: FilterResult<AdminUnit> } | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The quiet time has passed but the list was still loading: the count is said once it is in. */
  private announcePending = false;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly actions: ComboboxActions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.quiet();
  }

  hostUpdated(): void {
    // After the render that shows the loaded list, so the count is the one on screen; not within
    // this update, which the announcement would change.
    if (this.announcePending && this.view?.list.status === 'ready') {
      // One timer at a time: another update before it fires must not leave an earlier one behind.
      clearTimeout(this.announceTimer);
      this.announceTimer = setTimeout(() => this.announceCount());
    }
    if (!this.scrollPending) return;
    this.scrollPending = false;
    const unit = this.activeUnit();
    if (!unit || !this.view) return;
    this.host.renderRoot.querySelector(`#${CSS.escape(optionId(this.view.id, unit))}`)?.scrollIntoView({ block: 'nearest' });
  }

  /** Forgets what was typed and closes the list: a value came from outside, or the field became read-only. */
  reset(): void {
    this.quiet();
    this.query = undefined;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  render(view: ComboboxView): TemplateResult {
    this.view = view;
    const { id, list } = view;
    const result = (this.shown = this.results(list.index));
    const ready = list.status === 'ready';
    const open = this.open && ready && !view.readonly;
    const expanded = open && result.units.length > 0;
    const none = open && result.total === 0;
    if (this.active >= result.units.length) this.active = result.units.length - 1;
    const active = expanded ? this.activeUnit() : undefined;
    const chosen = list.units.find((u) => u.code === view.chosenCode);
    const text = this.query ?? chosen?.name ?? '';

    const hintId = view.blockedHint ? `${id}-hint` : undefined;
    const errorId = view.error ? `${id}-error` : undefined;
    const statusId = list.status === 'loading' || list.status === 'failed' ? `${id}-status` : undefined;
    const noneId = none ? `${id}-none` : undefined;
    const describedBy = [hintId, errorId, statusId, noneId].filter(Boolean).join(' ');

    return html`
      <div class="field unit-field" ?data-user-invalid=${Boolean(view.error)} aria-busy=${list.status === 'loading' ? 'true' : nothing}>
        <label id="${id}-label" for=${id}>${view.label}${requiredMark(view.required)}</label>
        ${hintId ? html`<span class="hint" id=${hintId}>${view.blockedHint}</span>` : nothing}
        ${errorId
          ? html`<span class="error-message" id=${errorId}><span class="error-prefix">${errorPrefix()}</span> ${view.error}</span>`
          : nothing}
        <div class="combo">
          <input
            id=${id}
            name=${id}
            type="text"
            role="combobox"
            autocomplete="off"
            autocapitalize="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="${id}-listbox"
            aria-activedescendant=${active ? optionId(id, active) : nothing}
            aria-invalid=${view.error ? 'true' : nothing}
            aria-describedby=${describedBy || nothing}
            ?readonly=${view.readonly}
            ?disabled=${Boolean(view.blockedHint)}
            .value=${live(text)}
            @input=${this.onInput}
            @keydown=${this.onKeydown}
            @click=${this.onClick}
            @blur=${this.onBlur}
          />
          <span class="chevron" aria-hidden="true"></span>
        </div>
        <div class="popup" ?hidden=${!expanded && !none} @mousedown=${keepFocus}>
          <ul
            role="listbox"
            id="${id}-listbox"
            aria-labelledby="${id}-label"
            ?hidden=${!expanded}
            @click=${this.onOptionClick}
            @pointermove=${this.onPointerMove}
          >
            ${expanded ? result.units.map((unit, i) => this.renderOption(unit, i, view)) : nothing}
          </ul>
          ${expanded && result.total > result.units.length ? html`<p class="more">${typeMore(result.total)}</p>` : nothing}
          ${noneId ? html`<p class="none" id=${noneId}>${noResults()}</p>` : nothing}
        </div>
        ${list.status === 'loading' ? html`<span class="list-status" id=${statusId!}>${loadingText()}</span>` : nothing}
        ${list.status === 'failed'
          ? html`<div class="list-failed">
              <span class="error-message" id=${statusId!}>${view.failedText} ${keptText()}</span>
              <button type="button" class="secondary" aria-describedby=${statusId!} @click=${() => this.actions.retry()}>
                ${retryText()}
              </button>
            </div>`
          : nothing}
      </div>
    `;
  }

  private renderOption(unit: AdminUnit, i: number, view: ComboboxView): TemplateResult {
    const isChosen = unit.code === view.chosenCode;
    return html`<li
      role="option"
      id=${optionId(view.id, unit)}
      aria-selected=${i === this.active ? 'true' : 'false'}
      data-index=${i}
      ?data-chosen=${isChosen}
    >
      <span class="option-name">${unit.name}</span>${startsWithType(unit)
        ? nothing
        : html`<span class="visually-hidden">,</span> <span class="badge">${typeLabel(unit.type)}</span>`}${isChosen
        ? html`<span class="check" aria-hidden="true">✓</span>`
        : nothing}
    </li>`;
  }

  private results(index: UnitIndex<AdminUnit>): FilterResult<AdminUnit> {
    const query = this.query ?? '';
    if (this.memo?.index !== index || this.memo.query !== query) {
      this.memo = { index, query, result: filterUnits(index, query, MAX_SHOWN) };
    }
    return this.memo.result;
  }

  private activeUnit(): AdminUnit | undefined {
    return this.active >= 0 ? this.shown.units[this.active] : undefined;
  }

  private readonly onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    this.host.requestUpdate();
    this.quiet();
    this.announceTimer = setTimeout(() => {
      this.announcePending = true;
      this.announceCount();
    }, ANNOUNCE_AFTER_MS);
  };

  /** Says how many units match what is typed, once the list is loaded (typing may start before). */
  private announceCount(): void {
    if (!this.announcePending || this.view?.list.status !== 'ready' || this.query === undefined) return;
    this.announcePending = false;
    const total = this.shown.total;
    this.actions.announce(() => resultCount(total));
  }

  /** No count to say: the person chose, left, or the text was reset. */
  private quiet(): void {
    clearTimeout(this.announceTimer);
    this.announcePending = false;
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    // While an IME (Telex, VNI on a phone keyboard) composes a letter, its keys are not ours:
    // the Enter that ends a composition must not also choose an option.
    if (event.isComposing || event.keyCode === 229) return;
    if (!this.view || this.view.readonly) return;
    const count = this.shown.units.length;
    const open = this.open && count > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (event.altKey) this.setOpen(true, this.active);
        else if (!open) this.setOpen(true, Math.max(0, this.chosenIndex()));
        else this.moveTo(this.active + 1);
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (event.altKey) this.setOpen(false, -1);
        else if (!open) this.setOpen(true, this.chosenIndex() >= 0 ? this.chosenIndex() : count - 1);
        else this.moveTo(this.active - 1);
        return;
      case 'Home':
      case 'End':
        // Until an option has visual focus these keys move the caret in the text, as in any input.
        if (!open || this.active < 0) return;
        event.preventDefault();
        this.moveTo(event.key === 'Home' ? 0 : count - 1);
        return;
      case 'PageDown':
      case 'PageUp':
        if (!open) return;
        event.preventDefault();
        this.moveTo(event.key === 'PageDown' ? this.active + PAGE : this.active - PAGE);
        return;
      case 'Enter': {
        const unit =
          (open ? this.activeUnit() : undefined) ??
          (this.query !== undefined ? exactMatch(this.view.list.index, this.query) : undefined) ??
          (open && this.shown.total === 1 ? this.shown.units[0] : undefined);
        if (!unit) return;
        event.preventDefault();
        this.choose(unit);
        return;
      }
      case 'Escape':
        if (this.open) {
          // Consumed: a dialog around the widget must not close on the same key.
          event.preventDefault();
          event.stopPropagation();
          this.setOpen(false, -1);
        } else if (this.query !== undefined) {
          event.preventDefault();
          event.stopPropagation();
          this.reset();
        }
        return;
    }
  };

  private readonly onClick = () => {
    if (this.view && !this.view.readonly && !this.open) this.setOpen(true, -1);
  };

  private readonly onBlur = () => {
    this.quiet();
    this.open = false;
    this.active = -1;
    const view = this.view;
    // Only a loaded list can resolve the text; until then it stays, to be resolved on return.
    if (view && this.query !== undefined && view.list.status === 'ready') {
      const query = this.query;
      this.query = undefined;
      if (query.trim() === '') {
        if (view.chosenCode !== '') this.actions.choose(undefined);
      } else {
        const unit = exactMatch(view.list.index, query);
        if (unit) this.actions.choose(unit);
      }
    }
    this.host.requestUpdate();
    this.actions.leave();
  };

  private readonly onOptionClick = (event: Event) => {
    const unit = this.unitAt(event);
    if (unit) this.choose(unit);
  };

  private readonly onPointerMove = (event: Event) => {
    const option = (event.target as Element).closest<HTMLElement>('[role=option]');
    const index = Number(option?.dataset['index'] ?? -1);
    if (index >= 0 && index !== this.active) {
      this.active = index;
      this.host.requestUpdate();
    }
  };

  private unitAt(event: Event): AdminUnit | undefined {
    const option = (event.target as Element).closest<HTMLElement>('[role=option]');
    return option ? this.shown.units[Number(option.dataset['index'])] : undefined;
  }

  private choose(unit: AdminUnit): void {
    this.quiet();
    this.query = undefined;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
    this.actions.choose(unit);
  }

  private setOpen(open: boolean, active: number): void {
    this.open = open;
    this.active = open ? Math.min(active, this.shown.units.length - 1) : -1;
    this.scrollPending = open;
    this.host.requestUpdate();
  }

  private moveTo(index: number): void {
    const last = this.shown.units.length - 1;
    this.active = Math.max(0, Math.min(last, index));
    this.scrollPending = true;
    this.host.requestUpdate();
  }

  private chosenIndex(): number {
    const code = this.view?.chosenCode;
    return code ? this.shown.units.findIndex((u) => u.code === code) : -1;
  }
}

function optionId(fieldId: string, unit: AdminUnit): string {
  return `${fieldId}-option-${unit.code}`;
}

/** A press on the list must not take focus from the input, or choosing would first blur it. */
function keepFocus(event: Event): void {
  event.preventDefault();
}
