// CI: turn a build log into the job summary a reviewer reads first (docs/deploy.md).
//   node scripts/ci-build-summary.mjs failed build.log   -> the build's error: which file, which field
//   node scripts/ci-build-summary.mjs passed             -> the translation status (npm run i18n:status)
import { appendFileSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The lines of a failed build that say what is wrong: from the first error line, at most 30.
 * @param {string} log
 */
export function buildError(log) {
  const lines = log.replace(ANSI, '').split('\n');
  const start = lines.findIndex((l) => /error|problem/i.test(l));
  const picked = (start < 0 ? lines.slice(-30) : lines.slice(start, start + 30)).filter((l) => !/^\s+at /.test(l));
  return picked.join('\n').trim();
}

const fence = (/** @type {string} */ text) => `\n\`\`\`\n${text.replaceAll('```', "'''")}\n\`\`\`\n`;

/** @param {string} outcome @param {string} [log] */
export function summary(outcome, log = '') {
  if (outcome === 'failed') {
    return `## The build failed\n\nThe first lines of the error name the file and the field to fix (docs/editing.md):\n${fence(buildError(log))}`;
  }
  const status = execFileSync(process.execPath, ['scripts/i18n-status.mjs'], { encoding: 'utf8' });
  return `## The build passed\n\nTranslation status (missing, outdated, needs review):\n${fence(status.replace(ANSI, '').trim())}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [outcome, logFile] = process.argv.slice(2);
  const text = summary(outcome ?? '', logFile ? readFileSync(logFile, 'utf8') : '');
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, text);
  else console.log(text);
}
