import { html } from 'lit';
import { fillDetails, pressPrimary, shows } from '../support/drive.js';
import { type RenderContext, type Story, type StoryMeta } from '../support/story.js';
import { HUE_PALETTE } from './hue-palette.js';

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

/**
 * A provincial portal's own palette, set with the --dvc-* custom properties alone (docs/integration.md,
 * "Theming"): Huế's royal purple and gold, a serif font, square corners. Nothing but CSS on the
 * page changes; the tokens cross the widget's shadow roots because custom properties inherit.
 */
export default {
  title: 'Giao diện — Theming/Bảng màu của tỉnh — Provincial palette',
  // Docs list the element's tokens and parts from dist/custom-elements.json (.storybook/preview.ts).
  component: 'dvc-register',
  render: themed({}),
} satisfies StoryMeta;

/** The first step in the palette: selected choice and primary button in purple. */
export const MethodChoice: Story = { name: 'Bước đầu — First step' };

/** The details form: fields, focus ring and captcha in the palette. */
export const Details: Story = {
  name: 'Thông tin đăng ký — Details',
  render: themed({ methods: 'phone', subjects: 'citizen' }),
  play: async ({ canvasElement }) => fillDetails(canvasElement),
};

/** An error summary in the palette: the error colour stays the accessible default. */
export const ErrorSummary: Story = {
  name: 'Tóm tắt lỗi — Error summary',
  render: themed({ methods: 'phone', subjects: 'citizen' }),
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await shows(canvasElement, '[data-error-summary]');
  },
};
