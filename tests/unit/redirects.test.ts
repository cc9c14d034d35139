/** content/redirects.yaml: {lang} expansion, chains followed, editors' mistakes named with entry and field. */
import { describe, expect, test } from 'vitest';
import { appendFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRedirects, redirectsFile } from '../../src/node/redirects.mjs';
import { buildWithContent } from '../helpers/temp-build';

function withRedirects(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  writeFileSync(join(dir, 'redirects.yaml'), yaml);
  return dir;
}

describe('redirects', () => {
  test('{lang} expands to every language and chains lead straight to the final address', () => {
    const dir = withRedirects('- from: /{lang}/a/\n  to: /{lang}/b/\n- from: /en/b/\n  to: /en/c/\n');
    expect(loadRedirects(dir)).toEqual([
      { from: '/ky/a/', to: '/ky/b/' },
      { from: '/ru/a/', to: '/ru/b/' },
      { from: '/en/a/', to: '/en/c/' },
      { from: '/en/b/', to: '/en/c/' },
    ]);
    expect(redirectsFile(loadRedirects(dir))).toContain('/en/a/ /en/c/ 301\n');
  });

  test('a wrong path, a misspelt field and a duplicate are each named', () => {
    expect(() => loadRedirects(withRedirects('- from: en/old\n  to: /en/new/\n'))).toThrow(
      /entry 1, field "from": expected a path/,
    );
    expect(() => loadRedirects(withRedirects('- from: /en/old/\n  too: /en/new/\n'))).toThrow(/unknown field "too"/);
    expect(() => loadRedirects(withRedirects('- from: /en/x/\n  to: /en/y/\n- from: /en/x/\n  to: /en/z/\n'))).toThrow(
      /\/en\/x\/ is listed twice/,
    );
    expect(() => loadRedirects(withRedirects('from: /en/x/\n'))).toThrow(/expected a list/);
  });

  test('a loop fails naming its entries in order, once per loop', () => {
    const loop = () =>
      loadRedirects(withRedirects('- from: /en/old-a/\n  to: /en/old-b/\n- from: /en/old-b/\n  to: /en/old-a/\n'));
    expect(loop).toThrow('redirect loop /en/old-a/ → /en/old-b/ → /en/old-a/');
    expect(loop).toThrow('Redirect problems (1)');
    // A longer loop, reached from an entry outside it, and a {lang} loop in every language.
    const long = withRedirects(
      '- from: /en/x/\n  to: /en/c/\n- from: /en/c/\n  to: /en/d/\n- from: /en/d/\n  to: /en/e/\n- from: /en/e/\n  to: /en/c/\n',
    );
    expect(() => loadRedirects(long)).toThrow('/en/c/ → /en/d/ → /en/e/ → /en/c/');
    const perLang = withRedirects('- from: /{lang}/p/\n  to: /{lang}/q/\n- from: /{lang}/q/\n  to: /{lang}/p/\n');
    expect(() => loadRedirects(perLang)).toThrow(/Redirect problems \(3\)[\s\S]*\/ky\/p\/ → \/ky\/q\/ → \/ky\/p\//);
  });

  test('a build with a loop in content/redirects.yaml fails at once, naming it, and publishes nothing', () => {
    const build = buildWithContent(null, (content) =>
      appendFileSync(
        join(content, 'redirects.yaml'),
        '\n- from: /en/old-a/\n  to: /en/old-b/\n- from: /en/old-b/\n  to: /en/old-a/\n',
      ),
    );
    try {
      expect(build.code).not.toBe(0);
      expect(build.output).toContain('redirect loop /en/old-a/ → /en/old-b/ → /en/old-a/');
      expect(existsSync(join(build.outDir, 'en'))).toBe(false);
    } finally {
      build.cleanup();
    }
  }, 120_000);

  test('no file means no redirects', () => {
    expect(loadRedirects(mkdtempSync(join(tmpdir(), 'none-')))).toEqual([]);
  });
});
