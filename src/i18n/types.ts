import type { Locale } from './locales';

/**
 * The plural forms each language's Intl.PluralRules can choose (CLDR): a dictionary must give every
 * one of them, so a missing Russian "few" or "many" fails the type check instead of falling back to
 * "other" ("3 предстоящих"). tests/unit/i18n.test.ts checks this table against Intl.
 */
export const PLURAL_FORMS = {
  ky: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  en: ['one', 'other'],
} as const satisfies Record<Locale, readonly Intl.LDMLPluralRule[]>;

/** Plural forms of one language, every form required. */
export type PluralOf<L extends Locale> = { [F in (typeof PLURAL_FORMS)[L][number]]: string };
/** A plural message in any language (for code that handles all of them). */
export type Plural = { one: string; other: string; few?: string; many?: string; zero?: string; two?: string };
/** A UI message: plain text with {placeholders}, or plural forms chosen by Intl.PluralRules. */
export type Message = string | Plural;
