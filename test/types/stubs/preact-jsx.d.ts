// preact/src/jsx: the JSXInternal namespace that preact re-exports as JSX.
export namespace JSXInternal {
  interface Element {}
  interface IntrinsicAttributes {
    key?: unknown;
  }
  interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
    id?: string;
    class?: string;
    className?: string;
    lang?: string;
    ref?: { current: RefType | null } | ((instance: RefType | null) => void);
    onClick?: (event: MouseEvent) => void;
  }
  interface IntrinsicElements {
    div: HTMLAttributes<HTMLDivElement>;
  }
}
