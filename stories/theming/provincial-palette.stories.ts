import { html } from 'lit';
import { fillDetails, pressPrimary, shows } from '../support/drive.js';
import { type RenderContext, type Story, type StoryMeta } from '../support/story.js';

/**
 * A provincial portal's own palette, set with the --dvc-* custom properties alone (docs/integration.md,
 * "Theming"): Huế's royal purple and gold, a serif font, square corners. Nothing but CSS on the
 * page changes; the tokens cross the widget's shadow roots because custom properties inherit.
 */
export const HUE_PALETTE = {
  '--dvc-color-primary': '#5b2a86',
  '--dvc-color-on-primary': '#ffffff',
  '--dvc-color-focus': '#e0a526',
  '--dvc-color-text': '#231a2b',
  '--dvc-color-muted': '#54495e',
  '--dvc-color-border': '#7a6a88',
  '--dvc-color-surface': '#fdfbf7',
  '--dvc-link-color': '#4a2370',
  '--dvc-frame-border': '#c9b8d8',
  '--dvc-option-active-bg': '#efe6f7',
  '--dvc-font-family': "Georgia, 'Times New Roman', serif",
  '--dvc-radius': '0',
  '--dvc-max-width': '36rem',
} as const;

const style = Object.entries(HUE_PALETTE)
  .map(([name, value]) => `${name}: ${value};`)
  .join(' ');

function themed(attributes: Record<string, string>) {
  return (_args: Record<string, unknown>, { globals }: RenderContext) => {
    const el = document.createElement('dvc-register');
    el.setAttribute('lang', globals.locale ?? 'vi');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.setAttribute('style', style);
    return html`${el}`;
  };
}

export default {
  title: 'Theming/Provincial palette',
  // Docs list the element's tokens and parts from dist/custom-elements.json (.storybook/preview.ts).
  component: 'dvc-register',
  render: themed({}),
} satisfies StoryMeta;

/** The first step in the palette: selected choice and primary button in purple. */
export const MethodChoice: Story = {};

/** The details form: fields, focus ring and captcha in the palette. */
export const Details: Story = {
  render: themed({ methods: 'phone', subjects: 'citizen' }),
  play: async ({ canvasElement }) => fillDetails(canvasElement),
};

/** An error summary in the palette: the error colour stays the accessible default. */
export const ErrorSummary: Story = {
  render: themed({ methods: 'phone', subjects: 'citizen' }),
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};
