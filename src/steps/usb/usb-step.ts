/** What the USB-token steps share: the plugin from context, the certificate calls, a way back. */
import { consume } from '../../context/context.js';
import { state } from 'lit/decorators.js';
import { signingPluginContext } from '../../api/context.js';
import type { CertificateRegistrationApi } from '../../api/certificate-registration.js';
import { methodsFor } from '../../flow/catalog.js';
import type { SigningPlugin } from '../../signing/types.js';
import { alertStyles } from '../../fields/alert.js';
import { StepElement } from '../step-element.js';
import { afterSigning } from './after-signing.js';
import { certificateApiFor, certificateClient } from '../certificate/certificate-client.js';
import { pluginFor } from './plugin-source.js';
import { usbStyles } from './styles.js';

export abstract class UsbStep extends StepElement {
  static override styles = [...StepElement.styles, alertStyles, usbStyles];

  @consume({ context: signingPluginContext, subscribe: true })
  @state()
  protected providedPlugin?: SigningPlugin;

  override connectedCallback(): void {
    super.connectedCallback();
    // The steps after signing and the backend client, fetched while the person is busy with the
    // token (again after a failure); after the host's render that connected this step, as their
    // status change re-renders the host.
    queueMicrotask(() => {
      afterSigning.prefetch();
      certificateClient.prefetch();
    });
  }

  protected get plugin(): SigningPlugin {
    return pluginFor(this.providedPlugin, this.config);
  }

  protected certificateApi(): Promise<CertificateRegistrationApi> {
    return certificateApiFor(this.api, this.config);
  }

  /** Whether another method (or subject) can be chosen: the way out of a dead end. */
  protected get canChooseOther(): boolean {
    return methodsFor(this.state.offer, this.state.subject).length > 1 || this.state.offer.subjects.length > 1;
  }

  protected chooseOther(): void {
    const many = methodsFor(this.state.offer, this.state.subject).length > 1;
    this.emit({ type: 'go-to', step: many ? 'method' : 'subject' });
  }

  /** Focuses the step's current heading (a fix-it screen's title included) after the next render. */
  protected async focusNewHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }
}
