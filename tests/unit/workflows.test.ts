/**
 * The GitHub workflows are valid (schema check by @action-validator/cli, offline) and run the same
 * commands the README gives a person: npm ci to install, npm test to check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildError } from '../../scripts/ci-build-summary.mjs';
import { siteUrlProblem } from '../../scripts/check-site-url.mjs';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'));
const validate = (file: string) =>
  spawnSync(process.execPath, ['node_modules/@action-validator/cli/cli.mjs', file], { encoding: 'utf8' });

type Step = { run?: string; uses?: string; with?: Record<string, unknown> };
const steps = (file: string): Step[] =>
  Object.values(parse(readFileSync(join(DIR, file), 'utf8')).jobs as Record<string, { steps: Step[] }>).flatMap(
    (j) => j.steps,
  );
const commands = (file: string) => steps(file).flatMap((s) => (s.run ?? '').split('\n').map((l) => l.trim()));

describe('workflows', () => {
  it.each(files)('%s passes the workflow schema', (file) => {
    const result = validate(join(DIR, file));
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('the validator rejects a broken workflow', () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'wf-')), 'bad.yml');
    writeFileSync(
      bad,
      'name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n        runs: nope\n',
    );
    expect(validate(bad).status).not.toBe(0);
  });

  it('the pull-request workflow installs and tests with the README commands', () => {
    const readme = readFileSync('README.md', 'utf8');
    const run = commands('pull-request.yml');
    for (const command of ['npm ci', 'npm test']) {
      expect(readme).toContain(command);
      expect(
        run.some((line) => line === command || line.startsWith(`${command} `)),
        command,
      ).toBe(true);
    }
  });

  it('every workflow installs from the lock file on Node 22 with the npm cache and checks SITE_URL first', () => {
    for (const file of files) {
      const all = steps(file);
      const node = all.find((s) => s.uses?.startsWith('actions/setup-node@'));
      expect(node?.with, file).toMatchObject({ 'node-version': 22, cache: 'npm' });
      const run = commands(file);
      expect(
        run.some((l) => l.startsWith('npm ci')),
        file,
      ).toBe(true);
      expect(run.indexOf('node scripts/check-site-url.mjs'), file).toBeGreaterThanOrEqual(0);
      expect(run.indexOf('node scripts/check-site-url.mjs')).toBeLessThan(
        run.findIndex((l) => l.startsWith('npm run build')),
      );
    }
  });

  it('Cloudflare deploys with wrangler and secrets; GitHub Pages with the official actions', () => {
    expect(commands('deploy.yml').some((l) => l.startsWith('npx wrangler pages deploy dist'))).toBe(true);
    const text = readFileSync(join(DIR, 'deploy.yml'), 'utf8');
    expect(text).toContain('${{ secrets.CLOUDFLARE_API_TOKEN }}');
    expect(text).toContain('${{ secrets.CLOUDFLARE_ACCOUNT_ID }}');
    const uses = steps('github-pages.yml').map((s) => s.uses ?? '');
    for (const action of ['actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@']) {
      expect(
        uses.some((u) => u.startsWith(action)),
        action,
      ).toBe(true);
    }
  });
});

describe('SITE_URL check', () => {
  it('accepts an https origin and rejects the rest with the reason', () => {
    expect(siteUrlProblem('https://100days.kg')).toBeNull();
    expect(siteUrlProblem(undefined)).toMatch(/not set/);
    expect(siteUrlProblem('100days.kg')).toMatch(/not an absolute URL/);
    expect(siteUrlProblem('http://100days.kg')).toMatch(/must start with https/);
  });
});

describe('build error summary', () => {
  it('keeps the lines that name the file and the field', () => {
    const log =
      '\u001b[32m12:00 [build] collecting\u001b[0m\n[InvalidContentEntryDataError] events → 2026-03-01-x data does not match collection schema.\n  title: Required\n    at foo (bar.js:1:1)\n  File: content/events/2026-03-01-x.yaml\n';
    const text = buildError(log);
    expect(text).toContain('content/events/2026-03-01-x.yaml');
    expect(text).toContain('title: Required');
    expect(text).not.toContain('at foo');
    expect(text).not.toContain('\u001b[');
  });
});
