/**
 * `<dvc-register>` in React 19 JSX: `import type {} from 'dvc-register/react';` once, e.g. in a
 * global .d.ts. React 19 sets `api` as a property, the other props as attributes, and listens to
 * `ondvc-complete` etc. as the `dvc-complete` DOM event (docs/integration.md).
 */
import type { DvcRegister, DvcRegisterAttributes, DvcRegisterEventMap } from '../dist/types/dvc-register.js';

type DvcRegisterEventProps = { [K in keyof DvcRegisterEventMap as `on${K}`]?: (event: DvcRegisterEventMap[K]) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dvc-register': DetailedHTMLProps<HTMLAttributes<DvcRegister>, DvcRegister> &
        DvcRegisterAttributes &
        DvcRegisterEventProps & { api?: DvcRegister['api']; class?: string };
    }
  }
}
