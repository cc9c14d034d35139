/** A UI message: plain text with {placeholders}, or plural forms chosen by Intl.PluralRules. */
export type Plural = { one: string; other: string; few?: string; many?: string; zero?: string };
export type Message = string | Plural;
