export type KyCase = 'dative' | 'locative' | 'ablative' | 'accusative' | 'genitive';
export function lastSpokenWord(value: number | string): string;
export function kySuffix(word: string, grammaticalCase: KyCase): string;
export function kyNumber(value: number | string, grammaticalCase: KyCase): string;
export function kyPercent(value: number | string, grammaticalCase: KyCase | 'possessive-accusative'): string;
export function kyYear(year: number | string, grammaticalCase: KyCase): string;
export function checkNumberSuffix(
  number: string,
  suffix: string,
): { case: KyCase; expected: string; ok: boolean } | null;
