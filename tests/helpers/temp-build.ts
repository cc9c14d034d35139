/**
 * Builds the site from a copy of content/ with a fixture laid over it, in a temporary folder,
 * so that tests can prove what an editor's mistake does to `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr together, as an editor sees them in the terminal. */
  output: string;
  outDir: string;
  contentDir: string;
  cleanup: () => void;
}

/**
 * @param fixture folder under tests/fixtures whose files are copied over content/ (same layout), or null
 * @param prepare optional extra changes to the copied content folder before the build
 */
export function buildWithContent(fixture: string | null, prepare?: (contentDir: string) => void): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'site-build-'));
  const contentDir = join(dir, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  if (fixture) {
    const from = join(ROOT, 'tests/fixtures', fixture);
    if (!existsSync(from)) throw new Error(`no fixture ${from}`);
    cpSync(from, contentDir, { recursive: true });
  }
  prepare?.(contentDir);
  const outDir = join(dir, 'dist');
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(dir, 'cache'),
      SKIP_PAGEFIND: '1',
    },
    timeout: 300_000,
  });
  return {
    code: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    outDir,
    contentDir,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
