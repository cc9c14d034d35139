import type { Locale } from './locales';
import type { Message } from './types';
import { en, type UIKey } from './ui/en';
import { ky } from './ui/ky';
import { ru } from './ui/ru';
import { formatMessage, type Vars } from './fill';

export type { UIKey };
const dictionaries: Record<Locale, Record<UIKey, Message>> = { ky, ru, en };

/**
 * A translator for one language: `t('nav.news')`, `t('date.asOf', { date })`,
 * and plurals chosen by the `count` variable: `t('common.results', { count: 3 })`.
 */
export function useTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  const plural = new Intl.PluralRules(lang);
  return function t(key: UIKey, vars?: Vars): string {
    return formatMessage(dict[key], vars, plural);
  };
}

/** A message as written in the dictionary (plural forms included), for scripts that fill it in the browser. */
export function rawMessage(lang: Locale, key: UIKey): Message {
  return dictionaries[lang][key];
}
