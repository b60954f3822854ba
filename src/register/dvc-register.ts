import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ContextProvider } from '../context/context.js';
import { apiContext, configContext, signingPluginContext } from '../api/context.js';
import { lazyApi } from '../api/lazy-api.js';
import type { RegistrationApi } from '../api/types.js';
import type { SigningPlugin } from '../signing/types.js';
import { DvcCompleteEvent } from '../events/complete.js';
import { DvcBeforeStepChangeEvent, DvcStepChangeEvent, type StepChangeDetail } from '../events/step-change.js';
import { initialState, progressOf, showsBackLink, transition, type FlowEvent, type FlowState } from '../flow/flow.js';
import { currentLocale, isLocale, type Locale } from '../localization/locale.js';
import { forgetWidget, requestLocale } from '../localization/page-locale.js';
import { alertBox, alertStyles } from '../fields/alert.js';
import { lazyChunk } from '../loading/chunk.js';
import { ChunkStatusController, loadFailure } from '../loading/load-failure.js';
import { FlowEventRequest, type StepElement } from '../steps/step-element.js';
import { sharedStyles } from '../styles/shared.js';
import { Announcement } from './announcer.js';
import { ATTRIBUTES, parseConfig, type ConfigAttributes, type ConfigWarning, type RegisterConfig } from './config.js';
import { hostStyles } from './host-styles.js';
import { printWarnings } from './print-warnings.js';
import { clearDraft, draftKey, loadDraft, saveDraftSoon } from './draft.js';
import { firstPaint } from './first-paint.js';
import { prefetchMethod, prefetchWhenIdle, stepChunk, stepReady } from './lazy-steps.js';
// The first load: the two choices. Every method's steps load on demand (lazy-steps.ts).
import '../steps/subject/subject-step.js';
import '../steps/method/method-step.js';

const CONFIG_ATTRIBUTES = Object.values(ATTRIBUTES) as string[];
/** The backend client, loaded with the first call; a failed download is fetched again by the call's "try again". */
const fetchClient = lazyChunk('fetch-api', () => import('../api/fetch-api.js'));

const draftRestoredText = () =>
  msg('Đã giữ lại những gì bạn nhập trong thẻ này (trừ mật khẩu và các mã).', { id: 'draft.restored' });

/**
 * The account-registration wizard of the National Public Service Portal (Cổng Dịch vụ công quốc gia).
 *
 * @tagname dvc-register
 * @summary Account registration for the National Public Service Portal, in Vietnamese and English.
 *
 * @attr lang - `vi` (default) or `en`; with a region (`en-US`, `vi-VN`) it reads as its language. The built-in language switch sets it too.
 * @attr api-base - Base URL of the registration backend (docs/openapi.yaml). Default `/api/registration`. A query is kept after every path; `#`, credentials and `http:` from an https page (except loopback) are refused.
 * @attr api-timeout - Milliseconds before a backend call is abandoned (1000–300000). Default 20000.
 * @attr subjects - Which subjects are offered, in order: `citizen`, `business`, `agency`.
 * @attr methods - Which methods are offered, in order: `phone`, `bhxh`, `vnpost`, `usb`, `sim`, `smartca`, `vneid`.
 * @attr smartca-subjects - Who may use VNPT SmartCA: `citizen` (default), or `citizen,business`.
 * @attr email - Whether the email field is `optional` (default) or `required`.
 * @attr sign-in-url - Where the final step's "Sign in" link leads.
 * @attr forgot-password-url - Where "Forgot password" leads when an account already exists.
 * @attr plugin - The local signing plugin's protocol: `vgca` (default) or `vnpt-ca`.
 * @attr plugin-url - The plugin's `wss://` address on this computer (127.0.0.1 or localhost only).
 * @attr plugin-download-windows - https link to the plugin's Windows installer (default: the plugin maker's download page).
 * @attr plugin-download-macos - https link to the plugin's macOS installer (default: the plugin maker's download page).
 * @attr plugin-min-version - Oldest plugin version accepted, e.g. `1.0.3.4` (default: any).
 * @attr plugin-licence - VNPT-CA only: the portal's domain licence key issued by VNPT.
 * @attr vneid-authorize-url - VNeID's (or the host's broker's) OIDC authorization endpoint; with the two below it offers VNeID.
 * @attr vneid-client-id - The client id issued to the portal.
 * @attr vneid-redirect-uri - The portal's callback page, https (http on loopback only), on the same origin (it reads the PKCE values from sessionStorage).
 * @attr vneid-scope - Scopes to ask for (default `openid`).
 * @attr draft - `off` stops the widget keeping what was typed (never a secret) in sessionStorage for
 *   this tab, which it restores after a reload for 30 minutes with a "start over" button. Default on.
 *
 * @event {DvcBeforeStepChangeEvent} dvc-before-step-change - Cancelable; before a move to another step. `detail: { from, to }`.
 * @event {DvcStepChangeEvent} dvc-step-change - After a move to another step. `detail: { from, to }`.
 * @event {DvcVneidRedirectEvent} dvc-vneid-redirect - Cancelable; before the redirect to VNeID. `detail: { url, state }`.
 * @event {DvcCompleteEvent} dvc-complete - The account exists. `detail: { subject, method, username, assuranceLevel? }`; never a secret.
 *
 * @csspart frame - The widget's box.
 * @csspart heading - The widget's title.
 *
 * @cssproperty [--dvc-color-primary=#b3261e] - Buttons.
 * @cssproperty [--dvc-color-on-primary=#ffffff] - Text on primary-coloured buttons.
 * @cssproperty [--dvc-color-text=#1c1b1f] - Body text.
 * @cssproperty [--dvc-color-muted=#4f4a4a] - Hints and secondary text.
 * @cssproperty [--dvc-color-border=#79747e] - Field borders.
 * @cssproperty [--dvc-color-error=#b00020] - Error messages and borders.
 * @cssproperty [--dvc-color-warning=#7a4f00] - Warnings (e.g. an unknown province code in an ID number).
 * @cssproperty [--dvc-color-success=#1b5e20] - Success notices, the success page's confirmation panel, met password rules.
 * @cssproperty [--dvc-color-focus=#ffbf47] - The focus ring.
 * @cssproperty [--dvc-color-selected=#1d70b8] - Border, check mark and radio of a chosen card; keep it far from the error colour.
 * @cssproperty [--dvc-color-selected-surface=#eef4fb] - Background of a chosen card.
 * @cssproperty [--dvc-color-surface=#ffffff] - The widget's background.
 * @cssproperty [--dvc-color-readonly=#f3f2f1] - Background of read-only fields.
 * @cssproperty [--dvc-color-divider=#e0e0e0] - Lines between list options.
 * @cssproperty [--dvc-option-active-bg=#e8f0fe] - The highlighted option of a list.
 * @cssproperty [--dvc-button-bg=var(--dvc-color-primary)] - Background of primary buttons.
 * @cssproperty [--dvc-button-color=var(--dvc-color-on-primary)] - Text of primary buttons.
 * @cssproperty [--dvc-link-color=#1a4fa3] - Links.
 * @cssproperty [--dvc-frame-border=#d0d0d0] - Border colour of the widget's box.
 * @cssproperty [--dvc-font-family=system-ui] - Font of the whole widget.
 * @cssproperty [--dvc-font-size=1rem] - Base font size.
 * @cssproperty [--dvc-radius=6px] - Corner radius of fields and buttons.
 * @cssproperty [--dvc-space=1rem] - Base spacing.
 * @cssproperty [--dvc-max-width=40rem] - Widest the widget grows.
 */
@localized()
export class DvcRegister extends LitElement {
  static override styles = [sharedStyles, alertStyles, hostStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...CONFIG_ATTRIBUTES, 'lang'];
  }

  /** A backend to use instead of the built-in fetch client: for stories, tests, or a host's own transport. */
  @property({ attribute: false }) api: RegistrationApi | undefined;

  /** A signing plugin to use instead of the one `plugin` names: the demo's fake, a story's, a test's. */
  @property({ attribute: false }) signingPlugin: SigningPlugin | undefined;

  @state() private flow!: FlowState;
  /**
   * False until the language of the `lang` attribute can be shown: the first render is held (a
   * neutral, empty frame) so a page in English never flashes Vietnamese or sends a Vietnamese request.
   */
  @state() private localeSettled = false;
  /** The language asked for could not be downloaded; the widget stays in the one it shows. */
  @state() private localeFailed = false;
  /** The person pressed "Thử lại" on the English failure: if it fails again, a reload is offered too. */
  private localeRetried = false;
  /** The flow was restored from this tab's draft: say so, with "start over". */
  @state() private draftRestored = false;
  /** Bumped by "start over", so every step is made anew (no stale touched fields or answers). */
  @state() private generation = 0;

  private config!: RegisterConfig;
  private configStale = true;
  private readonly warned = new Set<string>();
  private readonly announcement = new Announcement();
  private readonly apiProvider = new ContextProvider(this, { context: apiContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext });
  private readonly signingProvider = new ContextProvider(this, { context: signingPluginContext });
  /** Re-renders when an on-demand part arrives or fails. */
  protected readonly chunkStatus = new ChunkStatusController(this);
  private draftAnnounced = false;
  private draftKey: string | undefined;
  /**
   * Set once this widget has removed its draft, until it keeps one again: with drafts off, every
   * keystroke would otherwise remove it from storage again.
   */
  private draftCleared = false;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private stepElement: StepElement | undefined;
  private stepGeneration = 0;
  /** Set when the person moved the wizard, so the next render moves focus; never on first load. */
  private pendingMove: StepChangeDetail | undefined;
  /** Resolves once the current locale's messages are loaded (tests and hosts may await it). */
  localeReady: Promise<void> = Promise.resolve();

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.applyLang(value);
    else if (CONFIG_ATTRIBUTES.includes(name)) {
      this.configStale = true;
      this.requestUpdate();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('lang')) this.applyLang(null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    forgetWidget(this);
    clearTimeout(this.holdTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = this.configStale;
    if (configChanged) this.readConfig();
    // The fetch client reads base and timeout when it is made; it loads with the first call.
    if (configChanged || changed.has('api')) {
      const { apiBase: base, apiTimeout: timeout } = this.config;
      this.apiProvider.setValue(
        this.api ??
          lazyApi(() => fetchClient.load().then((m) => new m.FetchRegistrationApi({ base, timeout, locale: currentLocale }))),
      );
    }
    if (changed.has('signingPlugin')) this.signingProvider.setValue(this.signingPlugin);
    if (changed.has('flow' as keyof DvcRegister) || configChanged) this.keepDraft();
  }

  private keepDraft(): void {
    const key = (this.draftKey ??= draftKey(this));
    // What the draft should hold, asked again when it is written: the flow, unless drafts are off
    // or the journey is over.
    const keep = () =>
      this.config.draft === 'off' || this.flow.step === 'done' || this.flow.step === 'email-sent' ? undefined : this.flow;
    // Nothing to keep goes at once (a write still waiting finds nothing to keep either). A draft
    // is written a moment after the typing stops, and only once something is typed: the first
    // render touches no storage.
    if (!keep()) {
      if (!this.draftCleared) clearDraft(key);
      this.draftCleared = true;
    } else if (Object.keys(this.flow.values).length > 0) {
      this.draftCleared = false;
      saveDraftSoon(key, keep);
    }
  }

  private readConfig(): void {
    this.configStale = false;
    const attrs = Object.fromEntries(
      Object.entries(ATTRIBUTES).map(([key, attr]) => [key, this.getAttribute(attr)]),
    ) as ConfigAttributes;
    const { config, warnings } = parseConfig(attrs);
    this.warn(warnings);
    const offerChanged = !this.config || JSON.stringify(this.config.offer) !== JSON.stringify(config.offer);
    this.config = config;
    this.configProvider.setValue(config);
    // A new offer may not contain the current path: start over, but keep everything typed.
    if (offerChanged) {
      const draft = !this.flow && config.draft !== 'off' ? loadDraft((this.draftKey ??= draftKey(this))) : undefined;
      this.flow = initialState(config.offer, this.flow?.values ?? draft?.values);
      if (draft) {
        // Back where the person was, as far as choices go; later steps need a fresh captcha anyway.
        if (draft.subject) this.flow = transition(this.flow, { type: 'choose-subject', subject: draft.subject });
        if (draft.method) this.flow = transition(this.flow, { type: 'choose-method', method: draft.method });
        this.draftRestored = true;
      }
      void prefetchMethod(this.flow.method);
      // Every method on offer is fetched once the browser is idle (after the first paint), and the
      // backend client, which the first step after the choices calls at once (a captcha). On a
      // page in English the first paint waits for its messages: started before they are here, the
      // downloads would share a slow line with them and hold that first paint back for seconds.
      void this.localeReady.then(() => prefetchWhenIdle(Object.values(config.offer.methods).flat(), this.api ? [] : [fetchClient]));
    }
  }

  /** "Start over": forget the draft and everything typed, and begin at the first step. */
  private startOver(): void {
    clearDraft((this.draftKey ??= draftKey(this)));
    this.draftRestored = false;
    this.generation++;
    this.flow = initialState(this.config.offer);
    void this.focusStep();
  }

  private applyLang(value: string | null): void {
    // A language tag's first part: lang="en-US" (or vi-VN) is English (Vietnamese) too.
    let locale = (value ?? 'vi').trim().toLowerCase().split('-')[0]!;
    if (!isLocale(locale)) {
      // (Never null here: no lang attribute means vi.)
      this.warn([{ code: 'ignored', attr: 'lang', value: value! }]);
      locale = 'vi';
    }
    // Already shown: nothing to wait for before the first paint.
    if (locale === currentLocale()) this.localeSettled = true;
    else if (!this.localeSettled && !this.holdTimer) {
      this.holdTimer = setTimeout(() => (this.localeSettled = true), firstPaint.holdMs);
    }
    this.localeFailed = false;
    this.localeReady = requestLocale(this, locale as Locale).then((shown) => {
      this.localeFailed = !shown;
      this.localeSettled = true;
      clearTimeout(this.holdTimer);
    });
  }

  /** Each warning once per widget, in words downloaded only when there is one (print-warnings.ts). */
  private warn(warnings: readonly ConfigWarning[]): void {
    printWarnings(warnings, this.warned);
  }

  override render() {
    // Held first paint: a neutral frame without words, until the page's language is here.
    if (!this.localeSettled) return html`<div class="frame placeholder" part="frame" aria-busy="true"></div>`;
    const progress = progressOf(this.flow);
    // What is shown, which is what msg() gives (one language per page, see page-locale.ts).
    const shown = currentLocale();
    const other: Locale = shown === 'vi' ? 'en' : 'vi';
    return html`
      <div class="frame" part="frame" lang=${shown}>
        <header>
          <h2 part="heading">${msg('Đăng ký tài khoản', { id: 'register.title' })}</h2>
          <button type="button" class="link" lang=${other} @click=${() => this.setAttribute('lang', other)}>
            ${msg('English', { id: 'locale.other' })}
          </button>
        </header>
        ${this.localeFailed ? this.renderLocaleFailure() : nothing}
        ${this.draftRestored ? this.renderDraftNotice() : nothing}
        ${showsBackLink(this.flow)
          ? html`<div class="back">
              <button type="button" class="link" @click=${() => this.move({ type: 'back' })}>
                ‹ ${msg('Quay lại', { id: 'action.back' })}
              </button>
            </div>`
          : nothing}
        ${progress
          ? html`<p class="progress">${msg(str`Bước ${progress.index}/${progress.total}`, { id: 'register.progress' })}</p>`
          : nothing}
        <div class="step" @dvc-flow-event=${this.onFlowEvent}>${this.renderStep()}</div>
        ${this.announcement.render()}
      </div>
    `;
  }

  private renderLocaleFailure() {
    return alertBox(
      'error',
      msg('Không tải được tiếng Anh (English); trang vẫn dùng tiếng Việt. Kiểm tra mạng rồi thử lại.', {
        id: 'locale.load-failed',
      }),
      html`<button type="button" class="secondary" @click=${() => ((this.localeRetried = true), this.applyLang(this.getAttribute('lang')))}>
          ${msg('Thử lại', { id: 'action.retry' })}
        </button>
        ${this.localeRetried
          ? // Safari and Firefox remember the failed file: only a reload asks for it again (chunk.ts).
            html`<button type="button" class="secondary" @click=${() => location.reload()}>${msg('Tải lại trang', { id: 'loading.reload' })}</button>`
          : nothing}`,
    );
  }

  private renderDraftNotice() {
    return alertBox(
      'info',
      draftRestoredText(),
      html`<button type="button" class="secondary" @click=${() => this.startOver()}>
        ${msg('Bắt đầu lại', { id: 'draft.start-over' })}
      </button>`,
    );
  }

  /**
   * The current step's element, `<dvc-step-{step}>`, given the flow state on every render. Made
   * anew for another step, and after "start over" (no stale touched fields, errors or answers).
   * An element whose code is still on its way upgrades when it arrives, keeping the state given.
   */
  private renderStep() {
    const s = this.flow;
    // A step that loads on demand and could not be downloaded: say so in its place, with a retry.
    const chunk = stepChunk(s.step, s.method);
    if (chunk?.failed) {
      return loadFailure(chunk, { heading: true, onLoaded: () => void this.focusStep() });
    }
    // Typed as a known tag: a step without its element declared (HTMLElementTagNameMap) fails to compile.
    const tag: keyof HTMLElementTagNameMap = `dvc-step-${s.step}`;
    if (this.stepElement?.localName !== tag || this.stepGeneration !== this.generation) {
      this.stepElement = document.createElement(tag) as StepElement;
      this.stepGeneration = this.generation;
    }
    this.stepElement.state = s;
    return this.stepElement;
  }

  private onFlowEvent(event: Event): void {
    if (!(event instanceof FlowEventRequest)) return;
    event.stopPropagation();
    this.move(event.flowEvent);
  }

  private move(event: FlowEvent): void {
    const next = transition(this.flow, event);
    const from = this.flow.step;
    if (next.step !== from) {
      const change = { from, to: next.step };
      if (!this.dispatchEvent(new DvcBeforeStepChangeEvent(change))) return;
      this.pendingMove = change;
    }
    if (next.method !== this.flow.method) void prefetchMethod(next.method);
    // A method whose download failed earlier (an idle prefetch) gets a fresh try when the person arrives at one of its steps.
    else if (stepChunk(next.step, next.method)?.failed) void prefetchMethod(next.method);
    // The notice is about where the person landed; once they move on it has done its work.
    if (next.step !== this.flow.step) this.draftRestored = false;
    this.flow = next;
  }

  private async focusStep(): Promise<void> {
    await this.updateComplete;
    const step = this.renderRoot.querySelector<StepElement>('.step > *');
    // The person is already at work in the step: its form was there before the rest of its
    // method's code (another method brought the shared form), and they began typing. Focus stays.
    if (step?.shadowRoot?.activeElement) return;
    if (step && 'focusHeading' in step) await step.focusHeading();
    else this.renderRoot.querySelector<HTMLElement>('.step h3')?.focus();
  }

  protected override async updated(): Promise<void> {
    if (this.draftRestored && !this.draftAnnounced && this.localeSettled) {
      // Said politely once the words are on the page (a live region ignores text it is born with).
      this.draftAnnounced = true;
      void Promise.resolve().then(() => {
        this.announcement.set(draftRestoredText);
        this.requestUpdate();
      });
    }
    const change = this.pendingMove;
    if (!change) return;
    this.pendingMove = undefined;
    // A step loaded on demand may still be on its way on a slow connection; if it cannot be
    // downloaded, its place shows the failure, whose heading takes the focus instead.
    await stepReady(change.to, this.flow.method).catch(() => this.updateComplete);
    await this.focusStep();
    const progress = progressOf(this.flow);
    if (progress) {
      this.announcement.set(() => msg(str`Bước ${progress.index}/${progress.total}`, { id: 'register.progress' }));
      this.requestUpdate();
    }
    this.dispatchEvent(new DvcStepChangeEvent(change));
    if (change.to === 'done' || change.to === 'certificate-done') this.announceComplete();
  }

  private announceComplete(): void {
    const { subject, method, results } = this.flow;
    if (!subject || !method || !results.account) return;
    const { username, assuranceLevel } = results.account;
    this.dispatchEvent(new DvcCompleteEvent({ subject, method, username, ...(assuranceLevel === undefined ? {} : { assuranceLevel }) }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-register': DvcRegister;
  }
}
