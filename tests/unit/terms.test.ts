import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { loadGlossary } from '../../src/node/glossary.mjs';

const fixtures = 'tests/fixtures/terms';
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check-terms.mjs', ...args], { encoding: 'utf8' });

describe('npm run terms', () => {
  test('names file, line, the banned variant and the preferred term, in the right language only', () => {
    const result = run('--glossary', `${fixtures}/glossary.yaml`, `${fixtures}/content`);
    expect(result.status).toBe(1);
    const out = result.stderr;
    expect(out).toContain(
      'tests/fixtures/terms/content/guides/x/ky.mdx:2  [ky] "нике кыйуу" → use "мажбурлап нике кыюу"',
    );
    expect(out).toContain('tests/fixtures/terms/content/guides/x/ky.mdx:5  [ky] "УНП ООН" → use "UNODC"');
    expect(out).toContain('tests/fixtures/terms/content/guides/x/ky.mdx:5  [ky] "40%ке" → use "40%га"');
    expect(out).toContain('tests/fixtures/terms/content/events/e.yaml:1  [ky] "УНП ООН"');
    expect(out).toContain('tests/fixtures/terms/content/events/e.yaml:8  [ky] "нике кыйуу"');
    // Russian text may say УНП ООН; a correct suffix (1899га, 112ге) is not reported.
    expect(out).not.toContain('ru.mdx');
    expect(out).not.toMatch(/\[ru\]|1899га|112ге/);
    expect(out).toContain('5 term problem(s) in 2 file(s)');
  });

  test('clean texts pass', () => {
    const result = run('--glossary', `${fixtures}/glossary.yaml`, `${fixtures}/content/guides/x/ru.mdx`);
    expect(result.status, result.stderr).toBe(0);
  });

  test('a glossary entry missing a language fails naming the file and the entry', () => {
    const result = run('--glossary', `${fixtures}/missing-language.yaml`, `${fixtures}/content`);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing-language.yaml');
    expect(result.stderr).toContain('term "app": missing "ru"');
  });

  test('a banned variant that matches a preferred term fails naming the file and both entries', () => {
    expect(() => loadGlossary(`${fixtures}/variant-is-preferred.yaml`)).toThrow(
      /variant-is-preferred\.yaml[\s\S]*term "app": the banned ky variant "колдонмо" matches the preferred term of "risk-guide"/,
    );
  });

  test('the real glossary is valid', () => {
    const glossary = loadGlossary('content/glossary.yaml');
    expect(glossary.terms.length).toBeGreaterThan(30);
    expect(glossary.latinAllowed).toContain('UNODC');
  });
});
