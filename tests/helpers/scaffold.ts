/** `npm run new` run against a copy of content/, for the build tests. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './temp-build';

export function newEntry(contentDir: string, type: string, slug: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/new-entry.mjs'), type, slug], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

export const ENTRIES = [
  ['news', '2030-05-01-scaffold-news'],
  ['event', '2030-05-02-scaffold-event'],
  ['guide', 'scaffold-guide'],
  ['partner', 'scaffold-partner'],
  ['page', 'scaffold-page'],
] as const;
export const FOLDER = { news: 'news', event: 'events', guide: 'guides', partner: 'partners', page: 'pages' } as const;

/** Runs `npm run new` for every type; returns what it printed, per type. */
export function scaffoldAll(contentDir: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const [type, slug] of ENTRIES) {
    const run = newEntry(contentDir, type, slug);
    if (run.code !== 0) throw new Error(`npm run new ${type} ${slug} failed:\n${run.out}`);
    outputs[type] = run.out;
  }
  return outputs;
}
