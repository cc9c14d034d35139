// npm run new -- <type> <slug>
// Creates a new entry in every language with every required field filled with a placeholder.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { todayInBishkek } from '../src/config/time.mjs';
import { CONTENT_DIR } from '../src/node/content-dir.mjs';
import { ENTRY_TYPES, scaffoldEntry } from '../src/node/scaffold.mjs';

const [type, slug] = process.argv.slice(2);
const usage = `Usage: npm run new -- <type> <slug>\n  types: ${Object.keys(ENTRY_TYPES).join(', ')}\n  slug: Latin lowercase words joined by hyphens, e.g. naryn-quiz-night`;

if (!type || !slug) fail(usage);
/** @type {ReturnType<typeof scaffoldEntry>} */
let result;
try {
  result = scaffoldEntry(type, slug, {
    today: todayInBishkek(),
    existing: (folder) => listNames(join(CONTENT_DIR, folder)),
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : error}\n\n${usage}`);
}
for (const file of result.files) {
  const path = join(CONTENT_DIR, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
const shown = result.files.map((f) => `  ${relative(process.cwd(), join(CONTENT_DIR, f.path))}`).join('\n');
console.log(
  `Created ${result.type} "${result.slug}":\n${shown}\n\nNext:\n${result.next.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`,
);

/** @param {string} dir */
function listNames(dir) {
  return existsSync(dir) ? readdirSync(dir).map((n) => n.replace(/\.(ya?ml|mdx?)$/, '')) : [];
}
/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}
