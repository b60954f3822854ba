import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { state } from 'lit/decorators.js';
import { holderKindFor, type HolderKind } from '../../api/certificate-holder.js';
import { ApiError, asApiError } from '../../api/errors.js';
import { problemMessage } from '../../api/messages.js';
import type { RemoteSigningApi, RemoteSigningStatus } from '../../api/types.js';
import { alertBox, alertStyles } from '../../fields/alert.js';
import { formatSeconds } from '../../fields/countdown.js';
import { errorSummary, focusErrorSummary } from '../../fields/error-summary.js';
import { fieldStyles } from '../../fields/field-styles.js';
import { textField } from '../../fields/text-field.js';
import { canGoBack } from '../../flow/flow.js';
import { lazyChunk } from '../../loading/chunk.js';
import { define } from '../../register/define.js';
import { STEP_CHUNKS } from '../../register/lazy-steps.js';
import { classifyStatusFailure } from '../../remote-signing/classify.js';
import { remoteSigningApi } from '../../remote-signing/remote-api.js';
import type { PollState } from '../../remote-signing/poller.js';
import { WaitController } from '../../remote-signing/wait-controller.js';
import { issueMessage } from '../../validation/messages.js';
import { parseCccd, parsePhone } from '../../validation/rules.js';
import { fieldErrorMessage } from '../details/field-messages.js';
import { FailureController, focusAlert } from '../failure-alert.js';
import { StepElement } from '../step-element.js';
import { wordsOf, type Text } from '../../localization/text.js';
import {
  actionLabel,
  formHeading,
  formIntro,
  milestoneText,
  outcomeActions,
  outcomeBody,
  outcomeTitle,
  waitingHeading,
  waitingSentTo,
  waitingSteps,
  type Outcome,
  type OutcomeAction,
  type RemoteMethod,
} from './messages.js';

type Phase = 'form' | 'waiting' | 'outcome';

/**
 * The holder step is needed only once the phone confirmed: fetched when the wait starts. A Chunk,
 * so "try again" after a failed download really fetches it again; the host waits for it and
 * recovers it at the holder step as for any step's chunk (STEP_CHUNKS).
 */
const holderStep = lazyChunk('remote-holder-step', () => import('./holder-step.js'));
STEP_CHUNKS['remote-holder'] = holderStep;
const loadHolderStep = () => holderStep.load();

/**
 * Step "remote-sign" (SIM ký số, VNPT SmartCA): the SIM's phone number or the SmartCA user id →
 * "Đăng ký" starts a signing request on the backend → a waiting screen with what to do on the
 * phone, the request's short code, a live countdown and a cancel action, while the status is
 * polled (src/remote-signing/poller.ts) → the holder step once confirmed, or a screen of its own
 * for every other ending, each with its next action. The PIN is only ever typed on the phone.
 *
 * The request lives in the flow (`results.remoteSigning`), so leaving the step and coming back
 * resumes the same wait; while the element is away nothing is polled.
 */
export class RemoteSignStep extends StepElement {
  static override styles = [
    ...StepElement.styles,
    fieldStyles,
    alertStyles,
    css`
      .short-code {
        font-size: 1.75rem;
        font-weight: 700;
        letter-spacing: 0.2em;
        font-variant-numeric: tabular-nums;
      }
      .countdown {
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  @state() private phase: Phase = 'form';
  @state() private outcome: Outcome | undefined;
  @state() private busy = false;
  @state() private submitted = false;
  @state() private touched = false;
  /** What the backend said about the number or user id, worded at render time (a language switch re-words it). */
  @state() private serverError: Text | undefined;
  /** Why the wait could not go on (the "failed" outcome). */
  @state() private fatal: ApiError | undefined;
  @state() private announcement: Text | undefined;

  private readonly wait = new WaitController<RemoteSigningStatus>(this, {
    end: (s) => void this.onWaitEnd(s),
    milestone: (m, seconds) => {
      this.announcement = () => milestoneText(m, seconds);
    },
  });
  private readonly failures = new FailureController(this);
  private request: AbortController | undefined;
  private resumed = false;

  private get method(): RemoteMethod {
    return this.state.method === 'smartca' ? 'smartca' : 'sim';
  }

  /** The field: `phone` for a SIM, `idNumber` (the SmartCA user id is the CCCD number) for SmartCA. */
  private get field(): 'phone' | 'idNumber' {
    return this.method === 'sim' ? 'phone' : 'idNumber';
  }

  private remoteApi(): Promise<RemoteSigningApi> {
    return remoteSigningApi(this.config);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.request?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Back to a request still running (the person stepped away and returned): wait on.
    if (!this.resumed && changed.has('state')) {
      this.resumed = true;
      const pending = this.state.results.remoteSigning;
      // Only the request for what is typed now: after switching SIM ↔ SmartCA, it is not this one.
      if (pending && !pending.holder && pending.deadline > performance.now() && pending.to === this.check().value) {
        this.phase = 'waiting';
        this.startWaiting(pending.transactionId, pending.deadline - performance.now());
      }
    }
  }

  override render(): TemplateResult {
    // The live region outlives the phases: screen readers skip text already in a region when it appears.
    return html`${this.renderPhase()}<p class="visually-hidden" role="status">${wordsOf(this.announcement)}</p>`;
  }

  private renderPhase(): TemplateResult {
    switch (this.phase) {
      case 'form':
        return this.renderForm();
      case 'waiting':
        return this.renderWaiting();
      case 'outcome':
        return this.renderOutcome();
    }
  }

  // --- the form -------------------------------------------------------------------------------

  private get raw(): string {
    return this.state.values[this.field] ?? '';
  }

  private check() {
    return this.method === 'sim' ? parsePhone(this.raw) : parseCccd(this.raw);
  }

  private get fieldError(): string | undefined {
    if (this.serverError) return this.serverError();
    if (!this.submitted && !(this.touched && this.raw !== '')) return undefined;
    const issue = this.check().issues.find((i) => i.severity === 'error');
    return issue ? issueMessage(issue, this.field) : undefined;
  }

  private renderForm(): TemplateResult {
    const error = this.fieldError;
    const sim = this.method === 'sim';
    return html`
      <form novalidate @submit=${this.onSubmit} aria-busy=${this.busy ? 'true' : 'false'}>
        <h3 tabindex="-1">${formHeading(this.method)}</h3>
        <p>${formIntro(this.method)}</p>
        ${errorSummary(this.submitted && error ? [{ fieldId: this.field, message: error }] : [], this.renderRoot as ShadowRoot)}
        ${this.failures.render(undefined, { accountLinks: this.config })}
        ${textField({
          id: this.field,
          label: sim
            ? msg('Số điện thoại của SIM ký số', { id: 'remote.sim.phone.label' })
            : msg('Tên đăng nhập VNPT SmartCA (số CCCD)', { id: 'remote.smartca.user.label' }),
          hint: sim
            ? msg('Số của SIM đã đăng ký dịch vụ ký số, ví dụ 0912 345 678.', { id: 'remote.sim.phone.hint' })
            : msg('12 chữ số trên thẻ căn cước, là tên bạn dùng để đăng nhập ứng dụng VNPT SmartCA.', { id: 'remote.smartca.user.hint' }),
          required: true,
          value: this.raw,
          error,
          ...(sim
            ? { type: 'tel' as const, autocomplete: 'tel', inputmode: 'tel' as const, width: 'short' as const }
            : { autocomplete: 'username', inputmode: 'numeric' as const, spellcheck: false, width: 'short' as const }),
          onInput: (value) => {
            this.serverError = undefined;
            this.edit({ [this.field]: value });
          },
          onBlur: () => {
            // Removing the focused field (the waiting screen replacing the form) blurs it mid-render.
            if (this.phase === 'form' && !this.touched) this.touched = true;
          },
        })}
        <div class="actions">
          <button class="primary" type="submit" aria-disabled=${this.busy || this.failures.waiting ? 'true' : 'false'}>
            ${this.busy ? msg('Đang gửi yêu cầu…', { id: 'remote.sending' }) : msg('Đăng ký', { id: 'details.submit' })}
          </button>
        </div>
      </form>
    `;
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy || this.failures.waiting) return;
    this.submitted = true;
    const checked = this.check();
    if (!checked.ok || this.serverError) {
      this.failures.clear();
      await focusErrorSummary(this);
      return;
    }
    // Back from the holder step with the same number: the confirmed signature still stands.
    const done = this.state.results.remoteSigning;
    if (done?.holder && done.to === checked.value) {
      this.emit({ type: 'next' });
      return;
    }
    await this.start(checked.value!);
  };

  private async start(to: string): Promise<void> {
    const subject = this.state.subject;
    if (!subject) return;
    this.busy = true;
    this.failures.clear();
    this.request?.abort();
    const request = (this.request = new AbortController());
    try {
      const method = this.method;
      const api = await this.remoteApi();
      const t = await api.startRemoteSigning(
        method === 'sim' ? { subject, method, phone: to } : { subject, method, userId: to },
        { signal: request.signal },
      );
      const deadline = performance.now() + t.expiresIn * 1000;
      this.emit({ type: 'record', results: { remoteSigning: { transactionId: t.id, shortCode: t.shortCode, to, deadline } } });
      this.phase = 'waiting';
      this.outcome = undefined;
      this.startWaiting(t.id, t.expiresIn * 1000);
      await this.focusHeading();
    } catch (error) {
      if (request.signal.aborted) return;
      await this.showStartFailure(asApiError(error), to);
    } finally {
      if (this.request === request) this.busy = false;
    }
  }

  private async showStartFailure(error: ApiError, to: string): Promise<void> {
    const fieldError = error.fieldErrors.find((e) => e.field === 'phone' || e.field === 'userId');
    this.phase = 'form';
    if (fieldError) {
      const field = this.field;
      this.serverError = () => fieldErrorMessage({ code: fieldError.code, severity: 'error' }, field);
      this.failures.clear();
      await focusErrorSummary(this);
      return;
    }
    // "Try again" repeats this very start; a Retry-After holds it back as a countdown.
    await this.failures.show(error, () => void this.start(to));
  }

  // --- waiting --------------------------------------------------------------------------------

  private startWaiting(transactionId: string, expiresIn: number): void {
    const api = this.remoteApi();
    // A failure here is retried when the holder step is needed (onAnswer).
    loadHolderStep().catch(() => undefined);
    this.announcement = undefined;
    this.wait.begin({
      check: async (signal) => (await api).getRemoteSigningStatus(transactionId, { signal }),
      isFinal: (a) => a.status !== 'waiting',
      classify: classifyStatusFailure,
      expiresIn,
    });
  }

  private renderWaiting(): TemplateResult {
    const pending = this.state.results.remoteSigning;
    const s = this.wait.state;
    const connection = s.phase === 'waiting' ? s.connection : 'ok';
    const seconds = this.wait.seconds;
    return html`
      <h3 tabindex="-1">${waitingHeading(this.method)}</h3>
      <p>${waitingSentTo(this.method, pending ? displayed(pending.to) : '')}</p>
      <p>
        ${msg('Mã yêu cầu', { id: 'remote.short-code' })}:
        <span class="short-code">${pending?.shortCode ?? ''}</span>
      </p>
      <p class="hint">${msg('Chỉ xác nhận khi mã trên điện thoại trùng với mã này.', { id: 'remote.short-code.hint' })}</p>
      <ol>
        ${waitingSteps(this.method).map((step) => html`<li>${step}</li>`)}
      </ol>
      <p class="hint">${msg('Không bao giờ nhập mã PIN vào trang web này.', { id: 'remote.no-pin-here' })}</p>
      <p class="countdown">
        ${seconds > 0
          ? html`${msg('Thời gian còn lại', { id: 'remote.time-left' })}: <strong>${formatSeconds(seconds)}</strong>`
          : msg('Đang kiểm tra kết quả lần cuối…', { id: 'remote.last-check' })}
      </p>
      ${connection === 'offline'
        ? alertBox(
            'info',
            msg('Đang chờ kết nối… Yêu cầu trên điện thoại vẫn còn hiệu lực; trang sẽ tự kiểm tra lại khi có mạng.', {
              id: 'remote.offline',
            }),
          )
        : connection === 'unstable'
          ? alertBox('info', msg('Hệ thống đang phản hồi chậm; trang vẫn tiếp tục kiểm tra.', { id: 'remote.unstable' }))
          : nothing}
      <div class="actions">
        <button type="button" class="secondary" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.cancel}>
          ${msg('Hủy yêu cầu', { id: 'remote.cancel' })}
        </button>
      </div>
    `;
  }

  private readonly cancel = async (): Promise<void> => {
    const pending = this.state.results.remoteSigning;
    if (this.busy || !pending) return;
    this.busy = true;
    this.wait.stop();
    let answer: RemoteSigningStatus | undefined;
    try {
      answer = await (await this.remoteApi()).cancelRemoteSigning(pending.transactionId);
    } catch {
      // The person asked to stop waiting: the screen says cancelled even if the backend was not told.
    } finally {
      this.busy = false;
    }
    // The phone may have answered just before the cancel arrived: that answer wins.
    if (answer && answer.status !== 'waiting' && answer.status !== 'cancelled') await this.onAnswer(answer);
    else await this.showOutcome('cancelled');
  };

  private async onWaitEnd(s: PollState<RemoteSigningStatus>): Promise<void> {
    switch (s.phase) {
      case 'answered':
        return this.onAnswer(s.answer);
      case 'expired':
        return this.showOutcome('expired');
      case 'unreachable':
        return this.showOutcome('unreachable');
      case 'failed':
        this.fatal = asApiError(s.error);
        return this.showOutcome('failed');
      default:
        return;
    }
  }

  private async onAnswer(answer: RemoteSigningStatus): Promise<void> {
    const pending = this.state.results.remoteSigning;
    if (answer.status === 'waiting' || !pending) return;
    if (answer.status !== 'confirmed') return this.showOutcome(answer.status);
    const holder = answer.holder!;
    // The certificate must belong to the kind of subject registering (a citizen's SIM cannot open a business account).
    if (holder.kind !== holderKindFor(this.state.subject!)) {
      this.holderKind = holder.kind;
      return this.showOutcome('wrong_holder');
    }
    try {
      await loadHolderStep();
    } catch (error) {
      // The signature stands; only the next step's code did not arrive: "try again" fetches it again.
      this.phase = 'form';
      await this.failures.show(asApiError(error), () => void this.onAnswer(answer));
      return;
    }
    this.emit({ type: 'next', results: { remoteSigning: { ...pending, holder } } });
  }

  private holderKind: HolderKind | undefined;

  // --- outcomes -------------------------------------------------------------------------------

  private async showOutcome(outcome: Outcome): Promise<void> {
    this.wait.stop();
    // "Request sent…" is over: the outcome's own alert says what is now, alone.
    this.announcement = undefined;
    this.outcome = outcome;
    this.phase = 'outcome';
    await focusAlert(this);
  }

  private renderOutcome(): TemplateResult {
    const outcome = this.outcome ?? 'failed';
    const otherWay = canGoBack(this.state);
    const actions = outcomeActions(outcome).filter((a) => a !== 'other-method' || otherWay);
    const body = outcomeBody(outcome, this.method, {
      otherWay,
      ...(this.state.subject ? { subject: this.state.subject } : {}),
      ...(this.holderKind ? { holderKind: this.holderKind, offered: this.state.offer.subjects } : {}),
      ...(this.fatal ? { failure: problemMessage(this.fatal) } : {}),
    });
    const kind = outcome === 'cancelled' ? 'info' : 'error';
    return html`
      <h3 tabindex="-1">${outcomeTitle(outcome, this.method)}</h3>
      ${alertBox(
        kind,
        body,
        html`${actions.map(
          (action, i) =>
            html`<button type="button" class=${i === 0 ? 'primary' : 'secondary'} aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.act(action)}>
              ${actionLabel(action, this.method)}
            </button>`,
        )}`,
      )}
    `;
  }

  private async act(action: OutcomeAction): Promise<void> {
    if (this.busy) return;
    switch (action) {
      case 'resend': {
        const checked = this.check();
        if (checked.ok) await this.start(checked.value!);
        else this.backToForm();
        return;
      }
      case 'change':
        this.backToForm();
        return;
      case 'other-method':
        this.emit({ type: 'back' });
        return;
      case 'check-again':
        await this.checkAgain();
        return;
    }
  }

  private async backToForm(): Promise<void> {
    this.phase = 'form';
    this.outcome = undefined;
    this.fatal = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${this.field}`)?.focus();
  }

  /** After "unreachable": one status request; a confirmation made meanwhile still counts. */
  private async checkAgain(): Promise<void> {
    const pending = this.state.results.remoteSigning;
    if (!pending) return;
    this.busy = true;
    try {
      const answer = await (await this.remoteApi()).getRemoteSigningStatus(pending.transactionId);
      if (answer.status === 'waiting') await this.showOutcome('expired');
      else await this.onAnswer(answer);
    } catch {
      await this.showOutcome('unreachable');
    } finally {
      this.busy = false;
    }
  }
}

/** +84912345678 → 0912 345 678, as people write their number; a user id stays as it is. */
function displayed(to: string): string {
  const m = /^\+84(\d{2,3})(\d{3})(\d{3})$/.exec(to);
  return m ? `0${m[1]} ${m[2]} ${m[3]}` : to;
}

define('dvc-step-remote-sign', RemoteSignStep);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-step-remote-sign': RemoteSignStep;
  }
}
