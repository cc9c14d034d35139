// Where editors' content lives. Tests point CONTENT_DIR at a copy with a deliberate mistake.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CONTENT_DIR = resolve(process.env.CONTENT_DIR ?? './content');

/**
 * Ids of the entries of a content folder, as the glob loader derives them:
 * `regions/naryn.yaml` -> `naryn`, `news/2018-09-10-launch/ru.mdx` -> folder name.
 * Used to check references with a message that lists what exists.
 * @param {string} folder
 */
export function listEntryIds(folder) {
  const dir = join(CONTENT_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('_') && !d.name.startsWith('.'))
    .map((d) => (d.isDirectory() ? d.name : d.name.replace(/\.(ya?ml|json|mdx?)$/, '')))
    .sort();
}

/**
 * Paths of pages that exist only as a fallback (the entry is not written in that language),
 * e.g. `/en/news/2018-09-10-launch/`. Kept out of the sitemap.
 * @param {Record<string, string>} sections content folder -> URL section ('' for top level)
 * @param {readonly string[]} locales
 */
export function listFallbackPaths(sections, locales) {
  const paths = [];
  for (const [folder, section] of Object.entries(sections)) {
    for (const slug of listEntryIds(folder)) {
      const dir = join(CONTENT_DIR, folder, slug);
      for (const lang of locales) {
        if (!existsSync(join(dir, `${lang}.mdx`)) && !existsSync(join(dir, `${lang}.md`))) {
          paths.push(`/${lang}/${section ? `${section}/` : ''}${slug}/`);
        }
      }
    }
  }
  return paths;
}
