/**
 * Reads the manifest `npm run gen` makes from the class JSDoc (.storybook/manifest.config.mjs)
 * for the docs pages: a step's description, and <dvc-register>'s attributes, events, CSS
 * properties and parts as the argTypes table, the attributes as controls.
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../src/generated/storybook/custom-elements.json';

interface Documented {
  readonly name: string;
  readonly description?: string;
  readonly default?: string;
  readonly type?: { readonly text?: string };
}
interface Declaration {
  readonly kind: string;
  readonly name: string;
  readonly description?: string;
  readonly attributes?: readonly Documented[];
  readonly events?: readonly Documented[];
  readonly cssProperties?: readonly Documented[];
  readonly cssParts?: readonly Documented[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);
const byName = (name: unknown) => declarations.find((d) => d.kind === 'class' && d.name === name);

/** Attributes with a closed set of values get a select; the rest a text box. */
const OPTIONS: Record<string, readonly string[]> = {
  email: ['optional', 'required'],
  plugin: ['vgca', 'vnpt-ca'],
};

export function componentDescription(component: unknown): string {
  return byName(component)?.description ?? '';
}

export function attributeArgTypes(component: unknown): ArgTypes {
  // The address picker is shown on its own; every other story shows the whole widget.
  const owner = component === 'AddressPicker' ? byName('AddressPicker') : byName('DvcRegister');
  if (!owner) return {};
  const rows = (items: readonly Documented[] | undefined, category: string, control: boolean): ArgTypes =>
    Object.fromEntries(
      (items ?? [])
        // The toolbar's globe sets the language of every story.
        .filter((item) => item.name !== 'lang')
        .map((item) => [
          item.name,
          {
            name: item.name,
            description: item.description ?? '',
            control: control ? (OPTIONS[item.name] ? { type: 'select' } : { type: 'text' }) : false,
            ...(OPTIONS[item.name] ? { options: [...OPTIONS[item.name]!] } : {}),
            table: { category, ...(item.type?.text ? { type: { summary: item.type.text } } : {}) },
          },
        ]),
    );
  const isWidget = owner.name === 'DvcRegister';
  return {
    ...rows(owner.attributes, 'attributes', isWidget),
    ...rows(owner.events, 'events', false),
    ...rows(owner.cssProperties, 'CSS custom properties', false),
    ...rows(owner.cssParts, 'CSS parts', false),
  };
}
