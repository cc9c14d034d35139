import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { todayInBishkek } from '../lib/dates';

/** The day of the build in Bishkek ("YYYY-MM-DD"): the date pages that change with every build are cited by. */
export const BUILD_DATE: string = todayInBishkek();

/**
 * A first version for /sw.js (src/pages/sw.js.ts), from everything its pages are built from and the
 * build day; `astro dev` uses it. A build replaces it with a hash of the stored pages and files
 * themselves (src/integrations/offline-version.mjs), so no environment value can pin it.
 */
export const BUILD_VERSION: string =
  process.env.BUILD_VERSION || sourceHash(['content', 'src', 'package-lock.json'], BUILD_DATE);

function sourceHash(roots: string[], salt: string): string {
  const hash = createHash('sha256').update(salt);
  const files = roots.flatMap((root) =>
    statSync(root).isDirectory()
      ? readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => join(root, f))
      : [root],
  );
  for (const file of files.sort()) {
    if (!statSync(file).isFile()) continue;
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('base64url').slice(0, 12);
}
