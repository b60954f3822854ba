// The shapes of vue 3 that types/vue.d.ts augments: HTMLAttributes and GlobalComponents.
export interface HTMLAttributes {
  id?: string;
  class?: unknown;
  style?: unknown;
  lang?: string;
  onClick?: (event: MouseEvent) => void;
}
export interface GlobalComponents {}
