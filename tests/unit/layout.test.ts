/**
 * The folders say what code may do (docs/architecture.md): src/lib is pure logic (no astro:* or
 * node:* imports, so browser scripts can use it), src/data reads content through Astro, src/node is
 * Node-only, and browser scripts (src/scripts) import neither of the last two.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|mjs|js)$/.test(f))
    .map((f) => join(dir, f));
const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? '');

describe('code layout', () => {
  test('src/lib imports neither astro:* nor node:*', () => {
    const offenders = files('src/lib').flatMap((f) =>
      imports(f)
        .filter((i) => /^(astro:|node:)/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  test('browser scripts import nothing from src/data or src/node', () => {
    const offenders = files('src/scripts').flatMap((f) =>
      imports(f)
        .filter((i) => /\/(data|node)\//.test(i) || /^(astro:|node:)/.test(i))
        .map((i) => `${f}: ${i}`),
    );
    expect(offenders).toEqual([]);
  });

  test('src/data is where astro:content is read', () => {
    const readers = [...files('src/lib'), ...files('src/node'), ...files('src/scripts')].filter((f) =>
      imports(f).includes('astro:content'),
    );
    expect(readers).toEqual([]);
  });
});
