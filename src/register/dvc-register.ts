import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { ContextProvider } from '@lit/context';
import { apiContext, configContext, signingPluginContext } from '../api/context.js';
import { lazyApi } from '../api/lazy-api.js';
import type { RegistrationApi } from '../api/types.js';
import type { SigningPlugin } from '../signing/types.js';
import { DvcCompleteEvent } from '../events/complete.js';
import { DvcBeforeStepChangeEvent, DvcStepChangeEvent, type StepChangeDetail } from '../events/step-change.js';
import { assertNever, initialState, progressOf, showsBackLink, transition, type FlowEvent, type FlowState } from '../flow/flow.js';
import { currentLocale, isLocale, setLocale, type Locale } from '../localization/locale.js';
import { FlowEventRequest, type StepElement } from '../steps/step-element.js';
import { sharedStyles } from '../styles/shared.js';
import { Announcement } from './announcer.js';
import { ATTRIBUTES, parseConfig, type ConfigAttributes, type RegisterConfig } from './config.js';
import { hostStyles } from './host-styles.js';
import { prefetchMethod, prefetchWhenIdle, stepReady } from './lazy-steps.js';
// The first load: the two choices. Every method's steps load on demand (lazy-steps.ts).
import '../steps/subject/subject-step.js';
import '../steps/method/method-step.js';

const CONFIG_ATTRIBUTES = Object.values(ATTRIBUTES) as string[];

/**
 * The account-registration wizard of the National Public Service Portal (Cổng Dịch vụ công quốc gia).
 *
 * @tagname dvc-register
 * @summary Account registration for the National Public Service Portal, in Vietnamese and English.
 *
 * @attr lang - `vi` (default) or `en`. The built-in language switch sets it too.
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
  static override styles = [sharedStyles, hostStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...CONFIG_ATTRIBUTES, 'lang'];
  }

  /** A backend to use instead of the built-in fetch client: for stories, tests, or a host's own transport. */
  @property({ attribute: false }) api: RegistrationApi | undefined;

  /** A signing plugin to use instead of the one `plugin` names: the demo's fake, a story's, a test's. */
  @property({ attribute: false }) signingPlugin: SigningPlugin | undefined;

  @state() private flow!: FlowState;
  @state() private locale: Locale = 'vi';

  private config!: RegisterConfig;
  private configStale = true;
  private readonly warned = new Set<string>();
  private readonly announcement = new Announcement();
  private readonly apiProvider = new ContextProvider(this, { context: apiContext });
  private readonly configProvider = new ContextProvider(this, { context: configContext });
  private readonly signingProvider = new ContextProvider(this, { context: signingPluginContext });
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    const configChanged = this.configStale;
    if (configChanged) this.readConfig();
    // The fetch client reads base and timeout when it is made; it loads with the first call.
    if (configChanged || changed.has('api')) {
      const { apiBase: base, apiTimeout: timeout } = this.config;
      this.apiProvider.setValue(
        this.api ??
          lazyApi(() => import('../api/fetch-api.js').then((m) => new m.FetchRegistrationApi({ base, timeout, locale: currentLocale }))),
      );
    }
    if (changed.has('signingPlugin')) this.signingProvider.setValue(this.signingPlugin);
  }

  private readConfig(): void {
    this.configStale = false;
    const attrs = Object.fromEntries(
      Object.entries(ATTRIBUTES).map(([key, attr]) => [key, this.getAttribute(attr)]),
    ) as ConfigAttributes;
    const { config, warnings } = parseConfig(attrs);
    for (const warning of warnings) this.warn(warning);
    const offerChanged = !this.config || JSON.stringify(this.config.offer) !== JSON.stringify(config.offer);
    this.config = config;
    this.configProvider.setValue(config);
    // A new offer may not contain the current path: start over, but keep everything typed.
    if (offerChanged) {
      this.flow = initialState(config.offer, this.flow?.values);
      void prefetchMethod(this.flow.method);
      // Every method on offer is fetched once the browser is idle (after the first paint).
      prefetchWhenIdle(Object.values(config.offer.methods).flat());
    }
  }

  private applyLang(value: string | null): void {
    const wanted = (value ?? 'vi').trim().toLowerCase();
    const locale: Locale = isLocale(wanted) ? wanted : 'vi';
    if (!isLocale(wanted)) this.warn(`<dvc-register>: ignoring lang="${value}"; using "vi" (allowed: vi, en).`);
    this.locale = locale;
    this.localeReady = setLocale(locale);
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(message);
  }

  override render() {
    const progress = progressOf(this.flow);
    const other: Locale = this.locale === 'vi' ? 'en' : 'vi';
    return html`
      <div class="frame" part="frame" lang=${this.locale}>
        <header>
          <h2 part="heading">${msg('Đăng ký tài khoản', { id: 'register.title' })}</h2>
          <button type="button" class="link" lang=${other} @click=${() => this.setAttribute('lang', other)}>
            ${msg('English', { id: 'locale.other' })}
          </button>
        </header>
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

  private renderStep() {
    const s = this.flow;
    switch (s.step) {
      case 'subject':
        return html`<dvc-step-subject .state=${s}></dvc-step-subject>`;
      case 'method':
        return html`<dvc-step-method .state=${s}></dvc-step-method>`;
      case 'details':
        return html`<dvc-step-details .state=${s}></dvc-step-details>`;
      case 'activation':
        return html`<dvc-step-activation .state=${s}></dvc-step-activation>`;
      case 'otp':
        return html`<dvc-step-otp .state=${s}></dvc-step-otp>`;
      case 'email-sent':
        return html`<dvc-step-email-sent .state=${s}></dvc-step-email-sent>`;
      case 'vneid':
        return html`<dvc-step-vneid .state=${s}></dvc-step-vneid>`;
      case 'remote-sign':
        return html`<dvc-step-remote-sign .state=${s}></dvc-step-remote-sign>`;
      case 'remote-holder':
        return html`<dvc-step-remote-holder .state=${s}></dvc-step-remote-holder>`;
      case 'password':
        return html`<dvc-step-password .state=${s}></dvc-step-password>`;
      case 'done':
        return html`<dvc-step-done .state=${s}></dvc-step-done>`;
      case 'usb-plugin':
        return html`<dvc-step-usb-plugin .state=${s}></dvc-step-usb-plugin>`;
      case 'usb-sign':
        return html`<dvc-step-usb-sign .state=${s}></dvc-step-usb-sign>`;
      case 'certificate-details':
        return html`<dvc-step-certificate-details .state=${s}></dvc-step-certificate-details>`;
      case 'certificate-done':
        return html`<dvc-step-certificate-done .state=${s}></dvc-step-certificate-done>`;
      default:
        return assertNever(s.step);
    }
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
    this.flow = next;
  }

  protected override async updated(): Promise<void> {
    const change = this.pendingMove;
    if (!change) return;
    this.pendingMove = undefined;
    // A step loaded on demand may still be on its way on a slow connection.
    await stepReady(change.to, this.flow.method);
    const step = this.renderRoot.querySelector<StepElement>('.step > *');
    await step?.focusHeading();
    const progress = progressOf(this.flow);
    if (progress) {
      this.announcement.set(msg(str`Bước ${progress.index}/${progress.total}`, { id: 'register.progress' }));
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
