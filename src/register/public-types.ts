/**
 * The element's public surface as types, for the package's declarations and the JSX typings in
 * types/ (React 19, Preact, Vue). Attributes are strings, as in HTML; unions name the values the
 * widget knows (anything else falls back to the default with a console warning).
 */
import type { DvcCompleteEvent } from '../events/complete.js';
import type { DvcBeforeStepChangeEvent, DvcStepChangeEvent } from '../events/step-change.js';
import type { DvcVneidRedirectEvent } from '../events/vneid-redirect.js';
import type { ATTRIBUTES } from './config.js';

type MethodName = 'phone' | 'bhxh' | 'vnpost' | 'usb' | 'sim' | 'smartca' | 'vneid';
type SubjectName = 'citizen' | 'business' | 'agency';

/** The configuration attributes (README "Configuration attributes"). */
export interface DvcRegisterAttributes {
  /** `vi` (default) or `en`; a tag with a region (`en-US`, `vi-VN`) reads as its language. */
  lang?: 'vi' | 'en' | `${'vi' | 'en'}-${string}`;
  /** Base URL of the registration backend. Default `/api/registration`. */
  'api-base'?: string;
  /** Milliseconds before a backend call is abandoned (1000–300000). */
  'api-timeout'?: string | number;
  /** Subjects offered, in order, comma-separated, e.g. `citizen,business`. */
  subjects?: SubjectName | (string & {});
  /** Methods offered, in order, comma-separated, e.g. `phone,bhxh,vneid`. */
  methods?: MethodName | (string & {});
  email?: 'optional' | 'required';
  'sign-in-url'?: string;
  'forgot-password-url'?: string;
  plugin?: 'vgca' | 'vnpt-ca';
  'plugin-url'?: string;
  /** https link to the plugin's Windows installer (USB token). */
  'plugin-download-windows'?: string;
  /** https link to the plugin's macOS installer (USB token). */
  'plugin-download-macos'?: string;
  /** Oldest plugin version accepted, e.g. `1.0.3.4`. */
  'plugin-min-version'?: string;
  /** VNPT-CA only: the portal's domain licence key. */
  'plugin-licence'?: string;
  'vneid-authorize-url'?: string;
  'vneid-client-id'?: string;
  'vneid-redirect-uri'?: string;
  'vneid-scope'?: string;
  /** Who may use VNPT SmartCA: `citizen` (default) or `citizen,business`. */
  'smartca-subjects'?: 'citizen' | 'citizen,business' | (string & {});
  /** `off`: do not keep what was typed (never a secret) in sessionStorage across a reload. Default on. */
  draft?: 'on' | 'off';
}

/** The events `<dvc-register>` fires, by name (also in GlobalEventHandlersEventMap). */
export interface DvcRegisterEventMap {
  'dvc-before-step-change': DvcBeforeStepChangeEvent;
  'dvc-step-change': DvcStepChangeEvent;
  'dvc-vneid-redirect': DvcVneidRedirectEvent;
  'dvc-complete': DvcCompleteEvent;
}

type MustBeNever<T extends never> = T;
/**
 * Does not compile when src/register/config.ts gains an attribute that DvcRegisterAttributes
 * does not list, so the typings cannot fall behind the element.
 */
export type AttributesListedInTypes = MustBeNever<Exclude<(typeof ATTRIBUTES)[keyof typeof ATTRIBUTES], keyof DvcRegisterAttributes>>;
