/** The offline copy's version (dist/sw.js) is a hash of what it stores: it changes with a saved page or a file it uses, and only then. */
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stampOfflineVersion } from '../../src/integrations/offline-version.mjs';

function fakeDist() {
  const dir = mkdtempSync(join(tmpdir(), 'sw-version-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(
    'sw.js',
    'const VERSION = "from-sources";\nconst PAGES = {"en":["/en/help/","/en/guides/"]};\nself.addEventListener("fetch", () => {});\n',
  );
  write('en/help/index.html', '<link href="/_astro/a.css"><h1>Help: 1899</h1>');
  write('en/guides/index.html', '<script src="/_astro/b.js"></script><h1>Guides</h1>');
  write('en/about/index.html', '<h1>About</h1>');
  write('_astro/a.css', 'h1{color:red}');
  write('_astro/b.js', 'console.log(1)');
  return { dir, write };
}

describe('offline version', () => {
  test('is written into sw.js and depends on the saved pages and their files only', () => {
    const { dir, write } = fakeDist();
    const first = stampOfflineVersion(dir);
    expect(readFileSync(join(dir, 'sw.js'), 'utf8')).toContain(`const VERSION = "${first}";`);
    expect(stampOfflineVersion(dir), 'same files, same version').toBe(first);

    write('en/about/index.html', '<h1>About us</h1>');
    expect(stampOfflineVersion(dir), 'a page that is not saved').toBe(first);

    write('en/help/index.html', '<link href="/_astro/a.css"><h1>Help: 1899 or 112</h1>');
    const second = stampOfflineVersion(dir);
    expect(second, 'a saved page changed').not.toBe(first);

    write('_astro/b.js', 'console.log(2)');
    expect(stampOfflineVersion(dir), 'a script a saved page uses changed').not.toBe(second);
  });

  test('a sw.js without its version line fails the build', () => {
    const { dir, write } = fakeDist();
    write('sw.js', 'self.addEventListener("fetch", () => {});\n');
    expect(() => stampOfflineVersion(dir)).toThrow(/const VERSION/);
  });
});
