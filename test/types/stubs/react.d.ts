// The shapes of @types/react 19 that types/react.d.ts augments (React.JSX, HTMLAttributes, DetailedHTMLProps).
export interface DOMAttributes<T> {
  children?: unknown;
  onClick?: (event: MouseEvent & { currentTarget: T }) => void;
}
export interface HTMLAttributes<T> extends DOMAttributes<T> {
  id?: string;
  className?: string;
  lang?: string;
  hidden?: boolean;
  style?: Record<string, string | number>;
}
export interface ClassAttributes<T> {
  key?: string | number;
  ref?: { current: T | null } | ((instance: T | null) => void);
}
export type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
export namespace JSX {
  interface Element {}
  interface IntrinsicAttributes {
    key?: string | number;
  }
  interface IntrinsicElements {
    div: DetailedHTMLProps<HTMLAttributes<HTMLDivElement>, HTMLDivElement>;
  }
}
