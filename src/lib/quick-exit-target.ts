import type { Locale } from '../i18n/locales';

/** Where quick exit leads: a neutral, non-personalised page in the reader's language. */
export const NEUTRAL_EXIT_URL: Record<Locale, string> = {
  ky: 'https://ky.wikipedia.org/wiki/',
  ru: 'https://ru.wikipedia.org/wiki/',
  en: 'https://en.wikipedia.org/wiki/',
};
