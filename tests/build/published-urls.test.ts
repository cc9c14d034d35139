/**
 * A published address must not disappear without a redirect: the build stops, names the address and
 * says where to add the redirect. With the redirect the build passes: tests/build/edited-content.test.ts.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { appendFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, type BuildResult } from '../helpers/temp-build';

const results: BuildResult[] = [];
afterAll(() => results.forEach((r) => r.cleanup()));
const removeGuide = (dir: string) => rmSync(join(dir, 'guides/organ-removal'), { recursive: true });

describe('published addresses', () => {
  test('removing a published guide without a redirect, or redirecting to nowhere, fails the build and publishes nothing', () => {
    const r = buildWithContent(null, (dir) => {
      removeGuide(dir);
      appendFileSync(join(dir, 'redirects.yaml'), '\n- from: /en/old-page/\n  to: /en/no-such-page/\n');
    });
    results.push(r);
    expect(r.code, r.output).not.toBe(0);
    expect(r.output).toContain('/en/guides/organ-removal/ was published and is gone');
    expect(r.output).toContain('Add a redirect to content/redirects.yaml');
    expect(r.output).toContain('content/redirects.yaml: /en/old-page/ leads to /en/no-such-page/');
    expect(existsSync(join(r.outDir, 'index.html')), 'nothing is published').toBe(false);
  });
});
