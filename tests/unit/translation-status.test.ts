import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { collectTranslationStatus, listProblems } from '../../src/node/translation-status.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/translation-status');
const temp = mkdtempSync(join(tmpdir(), 'i18n-status-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function cli(args: string[], contentDir: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/i18n-status.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

describe('translation status', () => {
  test('counts YAML records whose needsReview lists a language, in the CLI too', () => {
    const status = collectTranslationStatus(FIXTURE, { git: false });
    expect(status.recordsNeedingReview).toEqual([
      { file: 'translation-status/events/2030-01-02-quiz.yaml', collection: 'events', lang: 'ky' },
      { file: 'translation-status/facts/reach.yaml', collection: 'facts', lang: 'ky' },
      { file: 'translation-status/facts/reach.yaml', collection: 'facts', lang: 'ru' },
    ]);
    expect(status.records.events).toBe(2);
    const { out } = cli([], FIXTURE);
    expect(out).toContain('YAML records with needsReview (3):');
    expect(out).toMatch(/ky: 2 {2}events 1, facts 1/);
    expect(out).toMatch(/ru: 1 {2}facts 1/);
  });
  test('finds the missing, outdated and unreviewed translations of the fixture', () => {
    const status = collectTranslationStatus(FIXTURE, { git: false });
    const states = Object.fromEntries(
      listProblems(status).map((p) => [`${p.collection}/${p.slug}/${p.lang}`, p.state]),
    );
    expect(states).toEqual({
      'news/2030-01-01-story/ky': 'missing',
      'news/2030-01-01-story/en': 'outdated',
      'guides/safe-travel/ky': 'missing',
      'guides/safe-travel/ru': 'needs-review',
    });
    expect(status.collections.news!.totals.ru).toEqual({ translated: 1, missing: 0, 'needs-review': 0, outdated: 0 });
  });

  test('npm run i18n:status prints the lists and exits 0; --strict exits non-zero', () => {
    const plain = cli([], FIXTURE);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/missing \(2\):[\s\S]*news\/2030-01-01-story\/ky\.mdx/);
    expect(plain.out).toMatch(/outdated \(1\):[\s\S]*news\/2030-01-01-story\/en\.mdx/);
    expect(plain.out).toMatch(/needs-review \(1\):[\s\S]*guides\/safe-travel\/ru\.mdx/);
    const strict = cli(['--strict'], FIXTURE);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain('3 missing or outdated');
  });

  test('stamping a translation makes it current until its original changes again', () => {
    const dir = join(temp, 'content');
    cpSync(FIXTURE, dir, { recursive: true });
    const translation = join(dir, 'news/2030-01-01-story/en.mdx');
    expect(cli(['--stamp', translation], dir).code).toBe(0);
    expect(readFileSync(translation, 'utf8')).not.toContain('sourceHash: 000000000000');
    const state = () => collectTranslationStatus(dir, { git: false }).collections.news!.entries[0]!.languages.en!.state;
    expect(state()).toBe('translated');
    const original = join(dir, 'news/2030-01-01-story/ru.mdx');
    writeFileSync(original, `${readFileSync(original, 'utf8')}\nНовый абзац.\n`);
    expect(state()).toBe('outdated');
  });
});
