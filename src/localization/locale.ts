/**
 * Runtime localization: Vietnamese is the source language written in msg(); English is loaded
 * on demand from the module lit-localize builds out of locales/en.xlf.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { lazyChunk, type Chunk } from '../loading/chunk.js';

export const LOCALES = [sourceLocale, ...targetLocales] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

// A literal import per locale lets Vite split each translation into its own small chunk; as a
// Chunk, a failed download can be retried for real (see src/loading/chunk.ts).
const messageChunks = {
  en: lazyChunk('en', () => import('../generated/locales/en.js')),
} satisfies Record<(typeof targetLocales)[number], Chunk>;

/** The on-demand messages of a locale; undefined for Vietnamese, which is built in. */
export function messagesChunk(locale: Locale): Chunk | undefined {
  return locale === sourceLocale ? undefined : messageChunks[locale];
}

// configureLocalization may run once per page: this module is the only caller.
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => messageChunks[locale as keyof typeof messageChunks].load() as never,
});

/** The locale as a value for Accept-Language and `lang` attributes. */
export function currentLocale(): Locale {
  const locale = getLocale();
  return isLocale(locale) ? locale : sourceLocale;
}
