/** The site's languages, typed for TypeScript. The list itself lives in src/config/site.mjs. */
import { DEFAULT_LOCALE as DEFAULT, LOCALES, LOCALE_INFO } from '../config/site.mjs';

export { LOCALES, LOCALE_INFO };
export type Locale = (typeof LOCALES)[number];

/** Kyrgyz is the state language and the first choice when a reader's preference matches nothing. */
export const DEFAULT_LOCALE: Locale = DEFAULT;

/**
 * Where a reader goes when an entry is not translated into their language:
 * Russian is read by most Kyrgyz readers, Kyrgyz by most Russian readers in the country.
 */
export const FALLBACK_ORDER: Record<Locale, readonly Locale[]> = {
  ky: ['ky', 'ru', 'en'],
  ru: ['ru', 'ky', 'en'],
  en: ['en', 'ru', 'ky'],
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
