// Facts must not drift between languages: every content entry in ky, ru and en carries the same
// numbers (phone numbers and years included), the same months and the same links. A translator
// who changes a figure, drops a date or links elsewhere makes this test fail, naming the file and
// the values that differ.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');
const content = join(root, 'content');
const LANGS = ['ky', 'ru', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Front-matter keys that legitimately differ between the language files of one entry. */
const PER_LANGUAGE_KEYS = /^(translation|translatedFrom|translatedAt|sourceHash):.*$/gm;

/** Month names by number; stems cover the Kyrgyz and Russian case endings (июлунда, июля). */
const B = '(?<!\\p{L})';
const MONTHS: [number, RegExp, RegExp][] = (
  [
    [1, 'January', 'январ'],
    [2, 'February', 'феврал'],
    [3, 'March', 'март(?:[аеуы]|та|тан|ына|ында)?(?!\\p{L})'],
    [4, 'April', 'апрел'],
    [5, 'May', 'ма[яю](?!\\p{L})|май(?:ында|дан|га|ына)(?!\\p{L})'],
    [6, 'June', 'июн'],
    [7, 'July', 'июл'],
    [8, 'August', 'август'],
    [9, 'September', 'сентябр'],
    [10, 'October', 'октябр'],
    [11, 'November', 'ноябр'],
    [12, 'December', 'декабр'],
  ] as [number, string, string][]
)
  // English month names are capitalised (so "may" and "peace march" are not months); Cyrillic ones
  // may open a sentence.
  .map(([n, en, cyr]) => [n, new RegExp(`${B}${en}(?!\\p{L})`, 'gu'), new RegExp(`${B}(?:${cyr})`, 'giu')]);

const URL_RE = /https?:\/\/[^\s)"'<>»]+|\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g;

/** Links, with the language prefix of internal links made neutral. */
export function urlsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_RE)) {
    const url = (m[1] ?? m[2] ?? m[0]).replace(/[.,;]+$/, '');
    out.push(url.replace(/^\/(ky|ru|en)(?=\/|$)/, '/LANG'));
  }
  return out;
}

/** Numbers as values: 10,000 / 10 000 / 10 000 become 10000; the decimal comma 27,6 becomes 27.6. */
export function numbersOf(text: string): string[] {
  const plain = text.replace(URL_RE, ' ').replace(/[\p{L}_]\d+|\d+(?=[A-Za-z_])/gu, (s) => s.replace(/\d/g, ''));
  const out: string[] = [];
  for (const m of plain.matchAll(/\d{1,3}(?:[,\u0020\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?/g)) {
    let n = m[0];
    if (/[,\u0020\u00a0\u202f]\d{3}$/.test(n) && /^\d{1,3}([,\u0020\u00a0\u202f]\d{3})+$/.test(n))
      n = n.replace(/[,\u0020\u00a0\u202f]/g, '');
    else n = n.replace(',', '.');
    out.push(String(Number(n)));
  }
  return out;
}

export function monthsOf(text: string): string[] {
  const out: string[] = [];
  for (const [num, en, cyr] of MONTHS)
    for (const _ of [...text.matchAll(en), ...text.matchAll(cyr)]) out.push(`month ${num}`);
  return out;
}

/** The facts of one text as a sorted, de-duplicated list. */
export function factsOf(text: string): string[] {
  return [...new Set([...numbersOf(text), ...monthsOf(text), ...urlsOf(text).map((u) => `link ${u}`)])].sort();
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Collects the text of each language from a YAML record: every {ky, ru, en} object, recursively. */
function yamlTexts(node: unknown, acc: Record<Lang, string[]> = { ky: [], ru: [], en: [] }) {
  if (Array.isArray(node)) node.forEach((n) => yamlTexts(n, acc));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (LANGS.every((l) => l in o) && LANGS.every((l) => typeof o[l] === 'string'))
      LANGS.forEach((l) => acc[l].push(o[l] as string));
    else Object.values(o).forEach((v) => yamlTexts(v, acc));
  }
  return acc;
}

type Entry = { file: string; texts: Partial<Record<Lang, string>> };

function entries(): Entry[] {
  const files = walk(content).map((f) => relative(root, f));
  const out: Entry[] = [];
  const groups = new Map<string, Entry>();
  for (const f of files) {
    const md = f.match(/^(.*)\/(ky|ru|en)\.mdx?$/);
    if (md) {
      const e = groups.get(md[1]!) ?? { file: `${md[1]}/{ky,ru,en}`, texts: {} };
      e.texts[md[2] as Lang] = readFileSync(join(root, f), 'utf8').replace(PER_LANGUAGE_KEYS, '');
      groups.set(md[1]!, e);
    } else if (/\.ya?ml$/.test(f) && !f.endsWith('redirects.yaml') && !f.endsWith('glossary.yaml')) {
      // The glossary's examples are language rules (Kyrgyz case endings after 31%, 38%), not facts.
      const t = yamlTexts(parse(readFileSync(join(root, f), 'utf8')));
      if (t.ky.length) out.push({ file: f, texts: { ky: t.ky.join('\n'), ru: t.ru.join('\n'), en: t.en.join('\n') } });
    }
  }
  return [...out, ...groups.values()];
}

describe('facts read the same in every language', () => {
  test('numbers are normalised across formats', () => {
    expect(numbersOf('10,000 people, 10 000 люди, 10\u00a0000, 27,6 млн, 27.6 million, 1899га, 38%ын')).toEqual([
      '10000',
      '10000',
      '10000',
      '27.6',
      '27.6',
      '1899',
      '38',
    ]);
    expect(monthsOf('31 July; 31-июлунда; 31 июля; peace march')).toEqual(['month 7', 'month 7', 'month 7']);
    expect(urlsOf('[a](/ky/help/) https://www.iom.int.')).toEqual(['/LANG/help/', 'https://www.iom.int']);
  });

  const all = entries();
  test('there are entries to compare', () => expect(all.length).toBeGreaterThan(90));

  for (const e of all) {
    test(e.file, () => {
      const en = e.texts.en;
      if (en === undefined) return;
      const want = factsOf(en);
      for (const lang of ['ky', 'ru'] as const) {
        const text = e.texts[lang];
        if (text === undefined) continue;
        const got = factsOf(text);
        const missing = want.filter((v) => !got.includes(v));
        const extra = got.filter((v) => !want.includes(v));
        expect({ file: e.file, lang, missing, extra }).toEqual({ file: e.file, lang, missing: [], extra: [] });
      }
    });
  }
});
