/** The one list of the site's languages. Everything else derives from it. */
export const LOCALES = ['ky', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Kyrgyz is the state language and the first choice when a reader's preference matches nothing. */
export const DEFAULT_LOCALE: Locale = 'ky';

export const LOCALE_INFO: Record<Locale, { endonym: string; bcp47: string; ogLocale: string }> = {
  ky: { endonym: 'Кыргызча', bcp47: 'ky-KG', ogLocale: 'ky_KG' },
  ru: { endonym: 'Русский', bcp47: 'ru-KG', ogLocale: 'ru_RU' },
  en: { endonym: 'English', bcp47: 'en', ogLocale: 'en_US' },
};

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
