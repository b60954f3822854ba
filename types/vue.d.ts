/**
 * `<dvc-register>` in Vue 3 templates and JSX, for vue-tsc / Volar: `import type {} from
 * 'dvc-register/vue';` once. Listen with `@dvc-complete` (the prop `onDvcComplete`); pass `:api` as
 * a property. Tell Vue it is a custom element: `compilerOptions.isCustomElement` (docs/integration.md).
 */
import type { HTMLAttributes } from 'vue';
import type { DvcRegister, DvcRegisterAttributes, DvcRegisterEventMap } from '../dist/types/dvc-register.js';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;
type DvcRegisterVueEvents = { [K in keyof DvcRegisterEventMap as `on${Pascal<K>}`]?: (event: DvcRegisterEventMap[K]) => void };

declare module 'vue' {
  interface GlobalComponents {
    'dvc-register': new () => DvcRegister & {
      /** For template type checking only. */
      $props: HTMLAttributes & DvcRegisterAttributes & DvcRegisterVueEvents & { api?: DvcRegister['api'] };
    };
  }
}
