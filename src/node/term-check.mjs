// The term check behind `npm run terms`: finds every banned variant of content/glossary.yaml, and
// every Kyrgyz case suffix after a number that breaks vowel harmony (40%ке → 40%га), in the
// Kyrgyz, Russian and English texts, with file and line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { checkNumberSuffix } from '../i18n/ky-suffix.mjs';
import { GLOSSARY_LANGS, variantPattern } from './glossary.mjs';

/** @typedef {{ lang: string, line: number, text: string }} TextLine */
/** @typedef {{ file: string, line: number, lang: string, found: string, preferred: string, reason: string, term: string }} Finding */

const LANG_KEY = /(?:^|[{,]\s*)(ky|ru|en):\s*("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,}#][^#]*?)(?=\s*(?:,|}|$|#))/g;

/**
 * The lines of a file in each language: a `<lang>.md(x)` file is all one language (front matter
 * included); a YAML record gives the values of its `ky:`/`ru:`/`en:` keys (inline maps, one-line values
 * and indented block values); a UI dictionary src/i18n/ui/<lang>.ts is all one language.
 * @param {string} file @param {string} text
 * @returns {TextLine[]}
 */
export function textLines(file, text) {
  const lines = text.split(/\r?\n/);
  const name = basename(file);
  const whole = /^(ky|ru|en)\.(md|mdx|ts)$/.exec(name)?.[1];
  if (whole) return lines.map((t, i) => ({ lang: whole, line: i + 1, text: t }));
  if (!/\.ya?ml$/.test(name)) return [];
  /** @type {TextLine[]} */
  const out = [];
  /** @type {{ lang: string, indent: number } | null} */
  let block = null; // while inside an indented block value
  lines.forEach((raw, i) => {
    const indent = raw.length - raw.trimStart().length;
    if (block && raw.trim() && indent > block.indent) {
      out.push({ lang: block.lang, line: i + 1, text: raw });
      return;
    }
    block = null;
    if (raw.trimStart().startsWith('#')) return;
    const single = /^(\s*)(?:-\s+)?(ky|ru|en):\s*(.*)$/.exec(raw);
    if (single) {
      const [, space = '', lang = '', value = ''] = single;
      if (!value.startsWith('{')) {
        if (/^[|>][-+]?\s*$/.test(value) || value === '') block = { lang, indent: space.length };
        else out.push({ lang, line: i + 1, text: value });
        return;
      }
    }
    for (const [, lang = '', value = ''] of raw.matchAll(LANG_KEY)) out.push({ lang, line: i + 1, text: value });
  });
  return out;
}

/**
 * @param {{ file: string, text: string }[]} files
 * @param {import('./glossary.mjs').Glossary} glossary
 * @returns {Finding[]}
 */
export function checkTerms(files, glossary) {
  /** @type {Finding[]} */
  const findings = [];
  const rules = glossary.terms.flatMap((term) =>
    Object.entries(term.avoid ?? {}).flatMap(([lang, list]) =>
      list.map((v) => ({
        lang,
        pattern: variantPattern(v.text),
        variant: v.text,
        reason: v.reason,
        preferred: term[/** @type {'ky' | 'ru' | 'en'} */ (lang)],
        term: term.id,
      })),
    ),
  );
  for (const { file, text } of files) {
    for (const { lang, line, text: content } of textLines(file, text)) {
      for (const rule of rules) {
        if (rule.lang !== lang) continue;
        for (const m of content.matchAll(rule.pattern))
          findings.push({
            file,
            line,
            lang,
            found: m[0],
            preferred: rule.preferred,
            reason: rule.reason,
            term: rule.term,
          });
      }
      if (lang === 'ky') {
        // A suffix written right after a number or percentage must follow how it is read (40%га, 112ге).
        for (const [found, written = '', suffix = ''] of content.matchAll(
          /(?<![\p{L}\d.,])(\d[\d\u00a0 ]*(?:[.,]\d+)?%?)([а-яөүңё]+)/gu,
        )) {
          const number = written.trim();
          const result = checkNumberSuffix(number, suffix);
          if (result && !result.ok)
            findings.push({
              file,
              line,
              lang,
              found,
              preferred: `${number}${result.expected}${suffix.slice(result.expected.length)}`,
              reason: `Kyrgyz ${result.case} suffix after ${number} follows how the number is read`,
              term: 'number-suffix',
            });
        }
      }
    }
  }
  return findings;
}

/** Every text file to check under the given roots (content/, src/i18n/ui/), skipping the glossary itself. @param {string[]} roots */
export function textFiles(roots) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} path */
  const walk = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
      return;
    }
    if (basename(path) === 'glossary.yaml') return;
    const ext = extname(path);
    if (
      ['.md', '.mdx', '.yaml', '.yml'].includes(ext) ||
      (ext === '.ts' && GLOSSARY_LANGS.includes(basename(path, '.ts')))
    )
      out.push(path);
  };
  roots.forEach(walk);
  return out;
}

/** @param {Finding[]} findings @param {string} root */
export function formatFindings(findings, root) {
  return findings
    .map((f) => `${relative(root, f.file)}:${f.line}  [${f.lang}] "${f.found}" → use "${f.preferred}" (${f.reason})`)
    .join('\n');
}
