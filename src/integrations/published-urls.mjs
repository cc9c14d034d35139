// Links never break. After each build: write dist/_redirects from content/redirects.yaml, check that
// every redirect leads to a page that exists, and that every address ever published
// (content/published-urls.txt) still exists or redirects; then add this build's new addresses to it.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../lib/content-dir.mjs';
import { loadRedirects, redirectsFile } from '../lib/redirects.mjs';

export const PUBLISHED_FILE = 'published-urls.txt';
const HEADER = `# Every address this site has published (pages, feeds, media-kit files), kept by the build.
# Do not delete lines: when a page moves, add a redirect in content/redirects.yaml instead.
`;
/** Files readers link to or subscribe to (tested on "/<path in dist>"); cards and scripts are derived and left out. */
const PUBLISHED = /\/index\.html$|\.xml$|\.ics$|^\/media\//;

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/** URL paths of what a build published: "/en/press/", "/ru/news/rss.xml" ... @param {string} outDir */
export function publishedInDist(outDir) {
  return walk(outDir)
    .map((f) => `/${relative(outDir, f).split(sep).join('/')}`)
    .filter((path) => PUBLISHED.test(path))
    .map((path) => path.replace(/\/index\.html$/, '/'))
    .sort();
}

/** @param {string} [contentDir] @returns {string[]} */
export function readPublished(contentDir = CONTENT_DIR) {
  const file = join(contentDir, PUBLISHED_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/**
 * @param {string} outDir
 * @param {{ from: string, to: string }[]} redirects
 * @param {string[]} published the list as it was before this build
 * @returns {{ problems: string[], urls: string[] }} problems, and the updated list of published URLs
 */
export function checkPublished(outDir, redirects, published) {
  const now = new Set(publishedInDist(outDir));
  const moved = new Map(redirects.map((r) => [r.from, r.to]));
  const problems = [];
  for (const r of redirects) {
    if (!now.has(r.to)) problems.push(`content/redirects.yaml: ${r.from} leads to ${r.to}, which the site does not have. Fix "to".`);
    const page = join(outDir, r.from, 'index.html');
    if (existsSync(page) && !readFileSync(page, 'utf8').includes('http-equiv="refresh"')) {
      problems.push(`content/redirects.yaml: ${r.from} is still a page of the site; remove the redirect or the page.`);
    }
  }
  for (const url of published) {
    if (!now.has(url) && !moved.has(url)) {
      problems.push(`${url} was published and is gone. Add a redirect to content/redirects.yaml ("- from: ${url}" and "  to: <the new address>"), or restore the page.`);
    }
  }
  // Addresses that now redirect stay listed: removing their redirect later must fail too.
  const urls = [...new Set([...published, ...now])].sort();
  return { problems, urls };
}

/** @returns {import('astro').AstroIntegration} */
export default function publishedUrls() {
  return {
    name: 'published-urls',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const redirects = loadRedirects();
        const before = readPublished();
        writeFileSync(join(outDir, '_redirects'), redirectsFile(redirects));
        const { problems, urls } = checkPublished(outDir, redirects, before);
        if (problems.length) {
          // A build with broken links publishes nothing, as a build with a content error does.
          rmSync(outDir, { recursive: true, force: true });
          throw new Error(`Broken links for readers (${problems.length}):\n  - ${problems.join('\n  - ')}`);
        }
        if (urls.length !== before.length || urls.some((u, i) => u !== before[i])) {
          writeFileSync(join(CONTENT_DIR, PUBLISHED_FILE), HEADER + urls.join('\n') + '\n');
          logger.info(`${urls.length - before.length} new published addresses added to content/${PUBLISHED_FILE}`);
        }
      },
    },
  };
}
