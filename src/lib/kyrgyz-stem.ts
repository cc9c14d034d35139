/**
 * A Kyrgyz suffix-stripping stemmer, written from the grammar, for site search. Pagefind has no
 * Kyrgyz stemming, but it matches every query word as a prefix of indexed words. So the search page
 * rewrites a Kyrgyz query to stems ("мигранттарга" -> "мигрант") and Pagefind finds every form that
 * begins with the stem. The index and its excerpts stay the pages' own text.
 *
 * Endings are stripped from the right in the order they stand in a word: case, then possessive,
 * then plural (бала-лар-ыбыз-га). An ending is stripped only when it fits what precedes it: the
 * vowel agrees (front/back harmony) and its first consonant fits the last sound of the stem
 * (-та after voiceless consonants, -да after voiced ones and vowels, -ла only after vowels, й, р).
 * What remains must keep at least MIN_STEM letters with a vowel, so short words, names and numbers
 * stay as typed.
 */

const VOWELS = 'аеёиоөуүыэюя';
const BACK = 'аёоуыюя';
const VOICELESS = 'кпстфхцчшщ';
/** Letters a Kyrgyz word is written with; anything else (digits, Latin) is left alone. */
const KYRGYZ_WORD = /^[а-яёңөү]+$/;
/** At least this many letters stay: "иш", "үй", "ат" are not cut down to nothing. */
export const MIN_STEM = 3;

/** Words that end like an inflected form but are not one (or are best searched as typed). */
const KEEP = new Set([
  'жана',
  'менен',
  'үчүн',
  'бирок',
  'дагы',
  'боюнча',
  'чейин',
  'кийин',
  'мурда',
  'азыр',
  'анда',
  'мында',
  'ошондо',
  'андан',
  'мындан',
  'ошол',
  'ушул',
  'бирге',
  'кандай',
  'канча',
  'качан',
  'эгерде',
  'эгер',
  'тууралуу',
  'жөнүндө',
  'аркылуу',
  'ичинде',
  'сыяктуу',
  'башка',
  'бардык',
  'көптөгөн',
  'адам',
  'жардам',
  'мыйзам',
  'кызмат',
  'ишенич',
  'ата',
  'эне',
  'бала',
  'кыз',
  'чара',
  'иш-чара',
]);

function vowelClass(ch: string): 'back' | 'front' {
  return BACK.includes(ch) ? 'back' : 'front';
}
function lastVowel(s: string): string | undefined {
  for (let i = s.length - 1; i >= 0; i--) if (VOWELS.includes(s[i]!)) return s[i];
  return undefined;
}

/** Expands a template: A = а/е/о/ө, I = ы/и/у/ү (the two vowel series of Kyrgyz endings). */
function expand(templates: string[]): string[] {
  const out: string[] = [];
  for (const t of templates) {
    const series = t.includes('A') ? 'аеоө' : t.includes('I') ? 'ыиуү' : '';
    if (!series) {
      out.push(t);
      continue;
    }
    for (let i = 0; i < 4; i++) out.push(t.replaceAll('A', 'аеоө'[i]!).replaceAll('I', 'ыиуү'[i]!));
  }
  return out.sort((a, b) => b.length - a.length);
}

// Case endings. The н-forms follow the 3rd person possessive (үйү-н-дө, атасы-на, ишин-ен).
const CASE = expand([
  'дAгI',
  'тAгI',
  'ндAгI', // locative-attributive: Кыргызстандагы
  'нIн',
  'дIн',
  'тIн', // genitive
  'дAн',
  'тAн',
  'нAн', // ablative
  'ндA',
  'дA',
  'тA', // locative
  'гA',
  'кA',
  'нA', // dative
  'нI',
  'дI',
  'тI', // accusative
  'н', // accusative after the 3rd person possessive: ишин
]);
// The 1st person -ым is left out: a reader rarely searches for "my …", and many nouns end in it
// (келишим, билим, кийим).
const POSSESSIVE = expand(['IңIз', 'ңIз', 'IбIз', 'бIз', 'IңAр', 'ңAр', 'сI', 'Iң', 'I']);
const PLURAL = expand(['лAр', 'дAр', 'тAр']);
/** Consonant clusters a stem may end in before a vowel-initial ending (паспорт-у, текст-и). */
const FINAL_CLUSTERS = new Set(['рт', 'нт', 'лт', 'ст', 'рк', 'лк', 'йт', 'йк', 'нк', 'рд', 'нд', 'рс', 'кт', 'нс']);

/** Case endings whose н links them to a 3rd person possessive (the genitive -нын and accusative -ны do not). */
function isLinkForm(suffix: string): boolean {
  return suffix[0] === 'н' && !/^н[ыиуү]/.test(suffix);
}

/** Does `suffix` fit after `stem`, by vowel harmony and by the stem's last sound? */
function fits(stem: string, suffix: string): boolean {
  const before = stem.at(-1)!;
  const vowel = lastVowel(stem);
  if (!vowel || stem.length < MIN_STEM) return false;
  const own = lastVowel(suffix);
  if (own && vowelClass(own) !== vowelClass(vowel)) return false;
  const first = suffix[0]!;
  const afterVowel = VOWELS.includes(before);
  if ('тк'.includes(first)) return VOICELESS.includes(before);
  if ('дг'.includes(first)) return !VOICELESS.includes(before);
  if (first === 'л') return afterVowel || 'йр'.includes(before);
  // -нда, -на, -нан, -н follow only the 3rd person possessive (үйү-н-дө); after other vowels
  // these cases are -да, -га, -дан (Нарын-да is not Нары-нда).
  if (isLinkForm(suffix)) return 'ыиуү'.includes(before);
  if (first === 'н' || first === 'с' || first === 'б' || first === 'ң') return afterVowel;
  if (VOWELS.includes(first)) {
    // A vowel-initial ending follows a consonant; the stem may not end in a cluster Kyrgyz words do
    // not end in (жакшы is not жакш-ы), nor in ч (-чы/-чу of жумушчу, окуучу is part of the word).
    if (afterVowel || before === 'ч') return false;
    const tail = stem.slice(-2);
    return VOWELS.includes(tail[0]!) || FINAL_CLUSTERS.has(tail);
  }
  return false;
}

/** Strips the longest ending of `list` that fits; the н of the accusative -н needs a vowel stem of 4+. */
function strip(word: string, list: string[]): { stem: string; suffix: string } | undefined {
  for (const suffix of list) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (suffix.length === 1 && stem.length < MIN_STEM + 1) continue;
    // Кыргызстан, Казакстан: -стан after a consonant is part of the name (Талас-тан is an ablative).
    if (suffix.startsWith('тан') && /[^аеёиоөуүыэюя]с$/.test(stem)) continue;
    if (!fits(stem, suffix)) continue;
    // A link н (үйү-н-дө) is only right when a possessive ending precedes it: Нарын-да, not Нары-нда.
    if (list === CASE && isLinkForm(suffix) && !strip(stem, POSSESSIVE)) continue;
    return { stem, suffix };
  }
  return undefined;
}

/** A stem ending in г/б before a vowel is written к/п in the base form: коопсуздугу -> коопсуздук. */
function restoreFinal(stem: string): string {
  if (stem.endsWith('г')) return `${stem.slice(0, -1)}к`;
  if (stem.endsWith('б')) return `${stem.slice(0, -1)}п`;
  return stem;
}

/** The stem of one Kyrgyz word, lower-cased; words it should not touch come back lower-cased only. */
export function kyrgyzStem(input: string): string {
  const word = input.toLowerCase();
  const dash = word.lastIndexOf('-');
  if (dash > 0 && !KEEP.has(word)) return word.slice(0, dash + 1) + kyrgyzStem(word.slice(dash + 1));
  if (!KYRGYZ_WORD.test(word) || word.length <= MIN_STEM || KEEP.has(word)) return word;
  let stem = word;
  let lastSuffix = '';
  for (const list of [CASE, POSSESSIVE, PLURAL]) {
    const cut = strip(stem, list);
    if (cut) {
      stem = cut.stem;
      lastSuffix = cut.suffix;
    }
  }
  if (stem === word) return word;
  return VOWELS.includes(lastSuffix[0]!) ? restoreFinal(stem) : stem;
}

/**
 * What to give Pagefind for a Kyrgyz query: each word's stem, as a prefix. A stem whose last
 * consonant alternates (к/г, п/б) loses it, so "коопсуздук" finds коопсуздугу as well.
 */
export function kyrgyzQuery(query: string): string {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      const stem = kyrgyzStem(w);
      return /[кп]$/.test(stem) && stem.length > MIN_STEM + 1 && KYRGYZ_WORD.test(stem) ? stem.slice(0, -1) : stem;
    })
    .join(' ');
}
