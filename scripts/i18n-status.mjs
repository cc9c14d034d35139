// npm run i18n:status [-- --strict]   translation status per content type and language
// npm run i18n:stamp -- <file>...      record in a translation that it matches its original now
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONTENT_DIR } from '../src/node/content-dir.mjs';
import { LOCALES as LANGS } from '../src/config/site.mjs';
import { collectTranslationStatus, listProblems, sourceHashOf } from '../src/node/translation-status.mjs';

const args = process.argv.slice(2);

if (args[0] === '--stamp') {
  const files = args.slice(1);
  if (!files.length)
    fail('Name the translation file(s) to stamp, e.g. npm run i18n:stamp -- content/news/2018-09-10-launch/ky.mdx');
  for (const file of files) stamp(resolve(file));
  process.exit(0);
}

const strict = args.includes('--strict');
const status = collectTranslationStatus(CONTENT_DIR);
const pad = (/** @type {string | number} */ s, /** @type {number} */ n) => String(s).padEnd(n);
console.log(`Translation status of ${CONTENT_DIR}\n`);
console.log(
  `${pad('type', 10)}${pad('language', 10)}${pad('translated', 12)}${pad('missing', 9)}${pad('needs-review', 14)}outdated`,
);
for (const [name, { totals }] of Object.entries(status.collections)) {
  for (const lang of LANGS) {
    const t = totals[lang];
    if (!t) continue;
    console.log(
      `${pad(name, 10)}${pad(lang, 10)}${pad(t.translated, 12)}${pad(t.missing, 9)}${pad(t['needs-review'], 14)}${t.outdated}`,
    );
  }
}
console.log(
  `\nRecords with their texts in all three languages (checked by the schema): ${Object.entries(status.records)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);

if (status.recordsNeedingReview.length) {
  console.log(`\nYAML records with needsReview (${status.recordsNeedingReview.length}):`);
  for (const lang of LANGS) {
    const list = status.recordsNeedingReview.filter((r) => r.lang === lang);
    if (list.length) console.log(`  ${lang}: ${list.length}  ${recordList(list)}`);
  }
}

const problems = listProblems(status);
for (const state of ['missing', 'outdated', 'needs-review']) {
  const list = problems.filter((p) => p.state === state);
  if (!list.length) continue;
  console.log(`\n${state} (${list.length}):`);
  for (const p of list) console.log(`  ${p.file}${p.reason ? `  (${p.reason})` : ''}`);
}
const blocking = problems.filter((p) => p.state === 'missing' || p.state === 'outdated');
if (!problems.length) console.log('\nEverything is translated and reviewed.');
if (strict && blocking.length) {
  console.error(`\n--strict: ${blocking.length} missing or outdated translation(s).`);
  process.exit(1);
}

/** @param {string} file */
function stamp(file) {
  const text = readFileSync(file, 'utf8');
  const from = /^translatedFrom:\s*["']?(\w+)/m.exec(text)?.[1];
  if (!from || !LANGS.some((l) => l === from))
    fail(`${file}: add "translatedFrom: ru" (the language of the original) to its front matter first.`);
  const original = [join(dirname(file), `${from}.mdx`), join(dirname(file), `${from}.md`)].find((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  });
  if (!original) fail(`${file}: the original ${from}.mdx does not exist next to it.`);
  const hash = sourceHashOf(readFileSync(original, 'utf8'));
  const updated = /^sourceHash:.*$/m.test(text)
    ? text.replace(/^sourceHash:.*$/m, `sourceHash: ${hash}`)
    : text.replace(/^translatedFrom:.*$/m, (line) => `${line}\nsourceHash: ${hash}`);
  writeFileSync(file, updated);
  console.log(`${file}: stamped as up to date with ${from}.mdx (sourceHash ${hash})`);
}

/** @param {{ collection: string }[]} list */
function recordList(list) {
  return Object.entries(Object.groupBy(list, (r) => r.collection))
    .map(([c, l = []]) => `${c} ${l.length}`)
    .join(', ');
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(2);
}
