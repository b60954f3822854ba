/**
 * Gives the steps inside it a widget configuration through context, as <dvc-register> does, so a
 * single step can be shown (in a story) or tested with the configuration it needs.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { configContext } from '../../src/api/context.js';
import { parseConfig, type RegisterConfig } from '../../src/register/config.js';
import { define } from '../../src/register/define.js';

export class DvcConfigProvider extends LitElement {
  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: parseConfig({}).config });

  /** The configuration the steps inside see; anything not given is the widget's default. */
  set config(value: Partial<RegisterConfig> & Record<string, unknown>) {
    this.provider.setValue({ ...parseConfig({}).config, ...value } as RegisterConfig);
  }
  get config(): RegisterConfig {
    return this.provider.value;
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

define('dvc-config-provider', DvcConfigProvider);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-config-provider': DvcConfigProvider;
  }
}
