/**
 * `<dvc-register>` in Preact JSX: `import type {} from 'dvc-register/preact';` once. Preact keeps
 * its JSX namespace in `preact/src/jsx` (`JSXInternal`, re-exported as `JSX`), so that is what is
 * augmented. Preact listens to `ondvc-complete` etc. as the `dvc-complete` DOM event
 * (docs/integration.md).
 */
import type { DvcRegister, DvcRegisterAttributes, DvcRegisterEventMap } from '../dist/types/dvc-register.js';

type DvcRegisterEventProps = { [K in keyof DvcRegisterEventMap as `on${K}`]?: (event: DvcRegisterEventMap[K]) => void };

declare module 'preact/src/jsx' {
  namespace JSXInternal {
    interface IntrinsicElements {
      'dvc-register': HTMLAttributes<DvcRegister> & DvcRegisterAttributes & DvcRegisterEventProps & { api?: DvcRegister['api'] };
    }
  }
}
