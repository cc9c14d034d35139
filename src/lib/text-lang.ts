import type { Locale } from '../i18n/locales';

/**
 * The language to mark on a text shown inside a page of `pageLang`: 'en' for a text in Latin letters
 * only (a source's English title on a Kyrgyz or Russian page), so screen readers switch voice and
 * the Latin-script check knows it is an English original, not an untranslated string.
 */
export function textLang(text: string, pageLang: Locale): 'en' | undefined {
  return pageLang !== 'en' && /[A-Za-z]/.test(text) && !/[\u0400-\u04FF]/.test(text) ? 'en' : undefined;
}
