/**
 * The list of problems shown at the top of a form after a failed submit (GOV.UK error summary).
 * The host focuses it so it is read at once; each entry moves focus to its field.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { errorSummaryTitle } from './messages.js';

export interface SummaryItem {
  /** The id of the input to focus (for a fieldset, its first input gets focus). */
  readonly fieldId: string;
  readonly message: string;
  /** For inputs inside another component's shadow root: how to focus them. */
  readonly focus?: () => void;
}

/**
 * `level` 3 where the summary comes before the step's own heading (a choice step, whose heading is
 * its question's legend), as GOV.UK puts the summary's h2 above the page's h1.
 */
export function errorSummary(items: readonly SummaryItem[], root: ShadowRoot | HTMLElement, level: 3 | 4 = 4): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  const focusField = (event: Event, item: SummaryItem) => {
    // A real hash link would change the host page's URL; move focus by hand instead.
    event.preventDefault();
    if (item.focus) return item.focus();
    let field = (root as ParentNode).querySelector<HTMLElement>(`#${CSS.escape(item.fieldId)}`);
    if (field?.localName === 'fieldset') field = field.querySelector('input');
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
  };
  return html`
    <div class="error-summary" role="alert" tabindex="-1" data-error-summary>
      ${level === 3 ? html`<h3>${errorSummaryTitle()}</h3>` : html`<h4>${errorSummaryTitle()}</h4>`}
      <ul>
        ${items.map((item) => html`<li><a href="#${item.fieldId}" @click=${(e: Event) => focusField(e, item)}>${item.message}</a></li>`)}
      </ul>
    </div>
  `;
}

/** Focuses the summary after the render that shows it. */
export async function focusErrorSummary(host: { updateComplete: Promise<unknown>; renderRoot: ParentNode }): Promise<void> {
  await host.updateComplete;
  host.renderRoot.querySelector<HTMLElement>('[data-error-summary]')?.focus();
}

/**
 * The error summary as of the last submit. The summary is an alert: rebuilt on every keystroke, a
 * screen reader would read it out again and again while the person types. So it changes only when
 * the person submits again. Its words are still made at render time (`read` computes them from
 * what was captured at the submit), so a language switch is followed.
 */
export class SubmittedSummary {
  private read: (() => readonly SummaryItem[]) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The summary from now until the next submit; `read` must not look at anything typed since. */
  set(read: () => readonly SummaryItem[]): void {
    this.read = read;
    this.host.requestUpdate();
  }

  clear(): void {
    this.set(() => []);
  }

  get items(): readonly SummaryItem[] {
    return this.read?.() ?? [];
  }
}
