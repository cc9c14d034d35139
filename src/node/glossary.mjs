// content/glossary.yaml: the site's terminology as data. Read by `npm run terms`, the glossary page
// and the Latin-script test. loadGlossary() checks the file and throws one error listing every
// problem with the file and the entry, because the people who read it are translators.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const GLOSSARY_LANGS = ['ky', 'ru', 'en'];

/**
 * @typedef {{ text: string, reason: string }} Variant
 * @typedef {{ id: string, ky: string, ru: string, en: string, definition: Record<string, string>,
 *   avoid: Record<string, Variant[]>, note?: string }} Term
 * @typedef {{ terms: Term[], latinAllowed: string[] }} Glossary
 */

/** A variant as a pattern: it starts at a word start and may go on ("кетээр" finds "кетээрден"). @param {string} text */
export function variantPattern(text) {
  const escaped = text
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'giu');
}

/** @param {unknown} v @returns {v is string} */
const isText = (v) => typeof v === 'string' && v.trim() !== '';

/**
 * @param {string} file path of glossary.yaml
 * @returns {Glossary}
 */
export function loadGlossary(file) {
  let data;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const problems = [];
  if (!data || typeof data !== 'object')
    throw new Error(`${file}: expected "terms:" (a list) and "latinAllowed:" (a list)`);
  const allowedTop = ['terms', 'latinAllowed'];
  for (const key of Object.keys(data))
    if (!allowedTop.includes(key))
      problems.push(`unknown top-level field "${key}": allowed are ${allowedTop.join(', ')}`);
  if (!Array.isArray(data.terms)) problems.push('"terms:" must be a list of terms');
  const latinAllowed = data.latinAllowed ?? [];
  if (!Array.isArray(latinAllowed) || !latinAllowed.every(isText))
    problems.push('"latinAllowed:" must be a list of words or names');
  const terms = Array.isArray(data.terms) ? data.terms : [];
  const ids = new Set();
  terms.forEach((/** @type {any} */ term, /** @type {number} */ index) => {
    const name = `term ${term && isText(term.id) ? `"${term.id}"` : `#${index + 1}`}`;
    if (!term || typeof term !== 'object') return problems.push(`${name}: expected id, ky, ru, en, definition`);
    const allowed = ['id', 'ky', 'ru', 'en', 'definition', 'avoid', 'note'];
    for (const key of Object.keys(term))
      if (!allowed.includes(key)) problems.push(`${name}: unknown field "${key}"; allowed are ${allowed.join(', ')}`);
    if (!isText(term.id) || !/^[a-z0-9-]+$/.test(term.id))
      problems.push(`${name}: "id" must be Latin lowercase letters, digits and hyphens, e.g. forced-marriage`);
    else if (ids.has(term.id)) problems.push(`${name}: the id is used twice`);
    else ids.add(term.id);
    for (const lang of GLOSSARY_LANGS) {
      if (!isText(term[lang])) problems.push(`${name}: missing "${lang}" (the preferred term in ${lang})`);
      if (!isText(term.definition?.[lang]))
        problems.push(`${name}: missing "definition.${lang}" (a short definition in ${lang})`);
    }
    if (term.note !== undefined && !isText(term.note)) problems.push(`${name}: "note" must be text`);
    const avoid = term.avoid ?? {};
    if (typeof avoid !== 'object' || Array.isArray(avoid))
      problems.push(
        `${name}: "avoid" must map a language to a list, e.g. avoid: { ky: [ { text: "...", reason: "..." } ] }`,
      );
    else
      for (const [lang, list] of Object.entries(avoid)) {
        if (!GLOSSARY_LANGS.includes(lang))
          problems.push(`${name}: "avoid.${lang}": unknown language; use ky, ru or en`);
        if (!Array.isArray(list)) {
          problems.push(`${name}: "avoid.${lang}" must be a list`);
          continue;
        }
        list.forEach((v, i) => {
          if (!v || !isText(v.text) || !isText(v.reason))
            problems.push(`${name}: "avoid.${lang}.${i}" needs "text" (the variant) and "reason" (why not)`);
        });
      }
    term.avoid = typeof avoid === 'object' && !Array.isArray(avoid) ? avoid : {};
  });
  // A banned variant must never match a preferred form, or the glossary would forbid its own terms.
  for (const term of terms) {
    for (const [lang, list] of Object.entries(term?.avoid ?? {})) {
      if (!Array.isArray(list)) continue;
      for (const v of list) {
        if (!isText(v?.text)) continue;
        for (const other of terms) {
          if (isText(other?.[lang]) && variantPattern(v.text).test(other[lang]))
            problems.push(
              `term "${term.id}": the banned ${lang} variant "${v.text}" matches the preferred term of "${other.id}" ("${other[lang]}")`,
            );
        }
      }
    }
  }
  if (problems.length)
    throw new Error(`${file}: ${problems.length} problem(s) in the glossary:\n  - ${problems.join('\n  - ')}`);
  return { terms, latinAllowed };
}
