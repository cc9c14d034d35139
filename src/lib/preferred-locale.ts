import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';

/** The first of the reader's languages the site has ("ru-RU" -> "ru"); Kyrgyz when none matches. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LOCALES.find((l) => l === base);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
