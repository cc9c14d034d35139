// npm run terms: fails when a Kyrgyz, Russian or English text uses a variant content/glossary.yaml
// bans, or a Kyrgyz suffix after a number breaks vowel harmony. Prints every finding as
// file:line, the variant and the preferred term. Exit 1 on findings, 2 on a broken glossary.
//   npm run terms -- [--glossary <file>] [<file or folder>...]   (default: content/ and src/i18n/ui/)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadGlossary } from '../src/node/glossary.mjs';
import { checkTerms, formatFindings, textFiles } from '../src/node/term-check.mjs';

const root = process.cwd();
const args = process.argv.slice(2);
let glossaryFile = resolve(root, 'content/glossary.yaml');
const roots = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--glossary') glossaryFile = resolve(args[++i] ?? '');
  else roots.push(resolve(args[i] ?? ''));
}
if (!roots.length) roots.push(resolve(root, 'content'), resolve(root, 'src/i18n/ui'));

let glossary;
try {
  glossary = loadGlossary(glossaryFile);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
const files = textFiles(roots).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
const findings = checkTerms(files, glossary);
if (findings.length) {
  console.error(formatFindings(findings, root));
  console.error(
    `\n${findings.length} term problem(s) in ${new Set(findings.map((f) => f.file)).size} file(s). The glossary: content/glossary.yaml (docs/editing.md, "Terms and the glossary").`,
  );
  process.exit(1);
}
console.log(`Terms: ${files.length} files checked against ${glossary.terms.length} glossary terms; no problems.`);
