// Kyrgyz case suffixes after numbers, percentages and years, chosen by how the number is read aloud:
// 1899 is read "миң сегиз жүз токсон тогуз", so it takes the suffix of "тогуз": 1899га, 1899дан.
// Plain JS so that `npm run terms` (plain Node) checks content with the same rules the site uses.

/** @typedef {'dative' | 'locative' | 'ablative' | 'accusative' | 'genitive'} KyCase */

const UNITS = ['нөл', 'бир', 'эки', 'үч', 'төрт', 'беш', 'алты', 'жети', 'сегиз', 'тогуз'];
const TENS = ['', 'он', 'жыйырма', 'отуз', 'кырк', 'элүү', 'алтымыш', 'жетимиш', 'сексен', 'токсон'];
const VOWELS = 'аеэиоөуүыяюё';
const VOICELESS = 'кпстфхцчшщ';

/**
 * The last word said when a number is read aloud: it decides the suffix.
 * "49,6" is read "... бүтүн ондон алты", so a fraction's own digits decide.
 * @param {number | string} value
 */
export function lastSpokenWord(value) {
  const text = String(value).replace(/[\s\u00a0\u202f]/g, '');
  const [whole = '0', fraction] = text.split(/[.,]/);
  const digits = fraction && /[1-9]/.test(fraction) ? fraction.replace(/0+$/, '') : whole;
  const n = BigInt(digits.replace(/\D/g, '') || '0');
  if (n === 0n) return UNITS[0];
  if (n % 10n) return UNITS[Number(n % 10n)];
  if (n % 100n) return TENS[Number((n % 100n) / 10n)];
  if (n % 1000n) return 'жүз';
  if (n % 1_000_000n) return 'миң';
  if (n % 1_000_000_000n) return 'миллион';
  return 'миллиард';
}

/** @param {string} word */
function lastVowel(word) {
  for (let i = word.length - 1; i >= 0; i--) if (VOWELS.includes(word[i])) return word[i];
  return 'ы';
}
/** Low suffix vowel (а/е/о/ө) after a stem: тогузга, онго, экиге, үчкө. @param {string} word */
function low(word) {
  const v = lastVowel(word);
  return 'оё'.includes(v) ? 'о' : 'өү'.includes(v) ? 'ө' : 'еэи'.includes(v) ? 'е' : 'а';
}
/** High suffix vowel (ы/и/у/ү) after a stem: тогузду, бешти, үчтү. @param {string} word */
function high(word) {
  const v = lastVowel(word);
  return 'оуё'.includes(v) ? 'у' : 'өү'.includes(v) ? 'ү' : 'еэи'.includes(v) ? 'и' : 'ы';
}

/**
 * The case suffix for a Kyrgyz word: kySuffix('тогуз', 'dative') === 'га'.
 * @param {string} word @param {KyCase} grammaticalCase
 */
export function kySuffix(word, grammaticalCase) {
  const w = word.toLowerCase();
  const end = w[w.length - 1] ?? '';
  const vowelEnd = VOWELS.includes(end);
  const voiceless = VOICELESS.includes(end);
  switch (grammaticalCase) {
    case 'dative':
      return (voiceless ? 'к' : 'г') + low(w);
    case 'locative':
      return (voiceless ? 'т' : 'д') + low(w);
    case 'ablative':
      return (voiceless ? 'т' : 'д') + low(w) + 'н';
    case 'accusative':
      return (vowelEnd ? 'н' : voiceless ? 'т' : 'д') + high(w);
    case 'genitive':
      return (vowelEnd ? 'н' : voiceless ? 'т' : 'д') + high(w) + 'н';
    default:
      throw new Error(`unknown case ${String(grammaticalCase)}`);
  }
}

/**
 * A number with its case suffix, as written on the site: kyNumber(1899, 'dative') === '1899га'.
 * Strings keep their own formatting ("10 000" → "10 000ден").
 * @param {number | string} value @param {KyCase} grammaticalCase
 */
export function kyNumber(value, grammaticalCase) {
  return `${value}${kySuffix(lastSpokenWord(value), grammaticalCase)}`;
}

/**
 * A percentage with its suffix: the suffix follows "пайыз" (40%га = кырк пайызга).
 * "Makes up X%" takes the possessive accusative (38%ын түзгөн): pass 'possessive-accusative'.
 * @param {number | string} value @param {KyCase | 'possessive-accusative'} grammaticalCase
 */
export function kyPercent(value, grammaticalCase) {
  return `${value}%${grammaticalCase === 'possessive-accusative' ? 'ын' : kySuffix('пайыз', grammaticalCase)}`;
}

/**
 * A year in a sentence: "2026-жылы" (in 2026), "2026-жылга", "2026-жылдан", "2026-жылдын".
 * @param {number | string} year @param {KyCase} grammaticalCase
 */
export function kyYear(year, grammaticalCase) {
  return grammaticalCase === 'locative' ? `${year}-жылы` : `${year}-жыл${kySuffix('жыл', grammaticalCase)}`;
}

/**
 * Which case a suffix written after a number is, and whether it follows the rules:
 * checkNumberSuffix('40%', 'ке') → { case: 'dative', expected: 'га' }. Unknown endings return null.
 * @param {string} number digits as written, with a trailing % for a percentage
 * @param {string} suffix the Cyrillic letters written right after it
 */
export function checkNumberSuffix(number, suffix) {
  const s = suffix.toLowerCase();
  /** @type {KyCase | null} */
  let grammaticalCase = null;
  if (/^[гк][аеоө]$/.test(s) || /^[гк][аеоө](ча|че|чо|чө)$/.test(s)) grammaticalCase = 'dative';
  else if (/^[дт][аеоө]н$/.test(s)) grammaticalCase = 'ablative';
  else if (/^[дт][аеоө]$/.test(s)) grammaticalCase = 'locative';
  else if (/^[дтн][ыиуү]н$/.test(s)) grammaticalCase = 'genitive';
  else if (/^[дтн][ыиуү]$/.test(s)) grammaticalCase = 'accusative';
  if (!grammaticalCase) return null;
  const word = number.endsWith('%') ? 'пайыз' : lastSpokenWord(number);
  const expected = kySuffix(word, grammaticalCase);
  return { case: grammaticalCase, expected, ok: s.startsWith(expected) };
}
