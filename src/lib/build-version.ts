import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { todayInBishkek } from './dates';

/** The day of the build in Bishkek ("YYYY-MM-DD"): the date pages that change with every build are cited by. */
export const BUILD_DATE: string = todayInBishkek();

/**
 * The offline copy's version (src/offline/): a hash of everything its pages are built from (content,
 * templates, the lock file) and of the build day (which events are upcoming). Two builds of one
 * commit on one day give the same sw.js, so a deploy that changes nothing keeps every reader's copy;
 * any change of text or code replaces it. BUILD_VERSION overrides it (tests).
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
