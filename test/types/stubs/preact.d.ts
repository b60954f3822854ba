import { JSXInternal } from 'preact/src/jsx';
export import JSX = JSXInternal;
