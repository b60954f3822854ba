/**
 * What every story shares: the widget in the locale of the toolbar, a clean mock backend, and the
 * types that let test/stories.test.ts run every story, in both locales, under axe.
 */
import { html, type TemplateResult } from 'lit';
import type { HttpHandler } from 'msw';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../../src/dvc-register.js';

export type Locale = 'vi' | 'en';

/** The part of a story's context our stories use; the a11y test builds the same. */
export interface PlayContext {
  readonly canvasElement: HTMLElement;
}
export interface SetupContext {
  readonly msw: { use: (...handlers: HttpHandler[]) => void };
}
export interface RenderContext {
  readonly globals: { readonly locale?: Locale };
}

/** A story as Storybook reads it, with only the context our stories use (so tests can call them too). */
export type Story = Omit<StoryObj, 'play' | 'beforeEach' | 'render'> & {
  render?: (args: Record<string, unknown>, context: RenderContext) => TemplateResult;
  play?: (context: PlayContext) => Promise<void>;
  beforeEach?: (context: SetupContext) => void | Promise<void>;
};

export type StoryMeta = Omit<Meta, 'render'> & {
  render: (args: Record<string, unknown>, context: RenderContext) => TemplateResult;
};

/**
 * Renders <dvc-register> with the given attributes, in the toolbar's locale. The controls panel
 * (args named as the element's attributes, listed from its JSDoc by .storybook/preview.ts) can
 * change any of them; an empty control leaves the story's own value.
 */
export function widget(attributes: Record<string, string> = {}) {
  return (args: Record<string, unknown>, { globals }: RenderContext): TemplateResult => {
    const el = document.createElement('dvc-register');
    el.setAttribute('lang', globals.locale ?? 'vi');
    // A story shows a state, not what was typed in the story before it.
    el.setAttribute('draft', 'off');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    for (const [name, value] of Object.entries(args)) {
      if (typeof value === 'string' && value !== '' && /^[a-z][a-z-]*$/.test(name)) el.setAttribute(name, value);
    }
    return html`${el}`;
  };
}

/**
 * What a designer's page needs besides the stories: the docs page generated from the step
 * class's JSDoc (`component` names the class; .storybook/preview.ts reads its description from
 * the generated manifest) and a table of the element's attributes as controls.
 */
export function docsFor(componentClass: string, { controls = true } = {}): Pick<StoryMeta, 'component' | 'tags' | 'parameters'> {
  // Stories that show a step on its own, without <dvc-register>, have no attributes to control.
  return { component: componentClass, tags: ['autodocs'], ...(controls ? {} : { parameters: { controls: { disable: true } } }) };
}
