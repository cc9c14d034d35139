/**
 * An editor's mistake must stop `npm run build` with a message that names the file and the field,
 * never publish a broken page. Each fixture in tests/fixtures/bad-content/ holds one mistake.
 * One build per way a mistake reaches the editor: a schema rule (all the rules, on every fixture, are
 * unit-tested in tests/unit/schemas.test.ts), an image that is not there, a file name in no language.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, type BuildResult } from '../helpers/temp-build';

const results: BuildResult[] = [];
function build(fixture: string | null) {
  const result = buildWithContent(fixture ? `bad-content/${fixture}` : null);
  results.push(result);
  return result;
}
afterAll(() => results.forEach((r) => r.cleanup()));

describe('content errors fail the build and name the file and field', () => {
  // The control (edited content that builds, through the same helper) is tests/build/edited-content.test.ts.

  const cases: { fixture: string; file: string; field: RegExp; message: RegExp }[] = [
    {
      fixture: 'wrong-date',
      file: 'campaigns/2031.yaml',
      field: /\bstart\b/,
      message: /2031-02-30 is not a real date/,
    },
    { fixture: 'unknown-language', file: 'pages/about/kz.mdx', field: /file name/, message: /unknown language "kz"/ },
    {
      fixture: 'missing-image',
      file: 'news/2030-01-01-missing-image/en.mdx',
      field: /field "cover"/,
      message: /no-such-file\.png not found/,
    },
  ];

  for (const c of cases) {
    test(`${c.fixture}: the build stops and names ${c.file}`, () => {
      const r = build(c.fixture);
      expect(r.code, r.output).not.toBe(0);
      expect(r.output).toContain(c.file);
      expect(r.output).toMatch(c.field);
      expect(r.output).toMatch(c.message);
      expect(existsSync(join(r.outDir, 'index.html')), 'nothing is published').toBe(false);
    });
  }
});
