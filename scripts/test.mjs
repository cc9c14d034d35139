// `npm test`: the type check, unit and build tests, a production build, then browser tests against
// the built site. Runs every step, prints a summary, exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const steps = [
  { name: 'type check (astro check)', args: ['node_modules/astro/bin/astro.mjs', 'check'] },
  { name: 'terms (npm run terms: glossary variants, Kyrgyz number suffixes)', args: ['scripts/check-terms.mjs'] },
  // Unused files, exports and dependencies, and imports of packages package.json does not list.
  { name: 'unused code and dependencies (knip)', args: ['node_modules/knip/bin/knip.js', '--no-progress'] },
  {
    name: 'formatting (prettier --check; fix with npm run format)',
    args: ['node_modules/prettier/bin/prettier.cjs', '--check', '.'],
  },
  { name: 'unit and content-error tests (vitest)', args: ['node_modules/vitest/vitest.mjs', 'run'] },
  { name: 'build (astro build + search index)', args: ['node_modules/astro/bin/astro.mjs', 'build'] },
  {
    name: 'browser tests against dist/ (playwright)',
    args: ['node_modules/@playwright/test/cli.js', 'test'],
    needs: 'build (astro build + search index)',
  },
];

const env = process.env; // telemetry is off in astro.config.mjs
const results = [];
for (const step of steps) {
  if (step.needs && results.find((r) => r.name === step.needs)?.ok === false) {
    results.push({ name: step.name, ok: false, skipped: true, seconds: 0 });
    continue;
  }
  console.log(`\n━━━ ${step.name} ━━━`);
  const started = Date.now();
  const run = spawnSync(node, step.args, { stdio: 'inherit', env });
  results.push({ name: step.name, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n━━━ summary ━━━');
for (const r of results) {
  console.log(
    `${r.ok ? 'PASS' : r.skipped ? 'SKIP' : 'FAIL'}  ${r.name}${r.skipped ? ' (build failed)' : ` (${r.seconds.toFixed(0)} s)`}`,
  );
}
const failed = results.filter((r) => !r.ok);
console.log(failed.length ? `\n${failed.length} step(s) failed.` : '\nAll steps passed.');
process.exit(failed.length ? 1 : 0);
