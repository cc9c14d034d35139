// Links never break. After each build: write dist/_redirects from content/redirects.yaml, check that
// every redirect leads to a page that exists, and that every address ever published
// (content/published-urls.txt) still exists or redirects. The build only checks: it never writes into
// the source tree. Recording this build's new addresses is an explicit step, `npm run urls:record`
// (scripts/record-urls.mjs), run by the deploy job or an editor after a build.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_DIR } from '../node/content-dir.mjs';
import { loadRedirects, redirectsFile } from '../node/redirects.mjs';
import { PRODUCTION } from '../site-url.mjs';

export const PUBLISHED_FILE = 'published-urls.txt';
export const HEADER = `# Every address this site has published (pages, feeds, media-kit files), kept by \`npm run urls:record\`.
# Do not delete lines: when a page moves, add a redirect in content/redirects.yaml instead.
`;
/**
 * Files readers link to or subscribe to (tested on "/<path in dist>"); cards and scripts are derived
 * and left out, except /sw.js: browsers that saved the offline copy ask for it on every visit, and
 * without it the old worker would serve its copy forever (to retire it, ship the kill switch in
 * docs/guides.md instead).
 */
const PUBLISHED = /\/index\.html$|\.xml$|\.ics$|^\/media\/|^\/sw\.js$/;

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** URL paths of what a build published: "/en/press/", "/ru/news/rss.xml" ... @param {string} outDir */
export function publishedInDist(outDir) {
  return walk(outDir)
    .map((f) => `/${relative(outDir, f).split(sep).join('/')}`)
    .filter((path) => PUBLISHED.test(path))
    .map((path) => path.replace(/\/index\.html$/, '/'))
    .sort();
}

/**
 * Addresses that exist only because of `example: true` entries: a production build leaves those out,
 * so they are not "gone" there (they were never the campaign's). An event or partner page of an
 * example, its .ics, and a type page whose every event is an example.
 * @param {string} [contentDir] @returns {(url: string) => boolean}
 */
export function exampleAddress(contentDir = CONTENT_DIR) {
  const ids = new Set();
  const types = new Map(); // type -> has a real event
  for (const folder of ['events', 'partners', 'contacts']) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => /^[^_].*\.ya?ml$/.test(n))) {
      const text = readFileSync(join(dir, name), 'utf8');
      const isExample = /^example:\s*true\b/m.test(text);
      if (isExample) ids.add(name.replace(/\.ya?ml$/, ''));
      const type = folder === 'events' && /^type:\s*([\w-]+)/m.exec(text)?.[1];
      if (type) types.set(type, Boolean(types.get(type)) || !isExample);
    }
  }
  const exampleTypes = new Set([...types].filter(([, real]) => !real).map(([t]) => t));
  return (url) => {
    const m = /^\/[a-z]{2}\/(?:events|partners)\/(?:type\/)?([^/.]+)/.exec(url);
    return Boolean(m && (ids.has(m[1]) || (url.includes('/events/type/') && exampleTypes.has(m[1]))));
  };
}

/** @param {string} [contentDir] @returns {string[]} */
export function readPublished(contentDir = CONTENT_DIR) {
  const file = join(contentDir, PUBLISHED_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * @param {string} outDir
 * @param {{ from: string, to: string }[]} redirects
 * @param {string[]} published the list as it was before this build
 * @param {(url: string) => boolean} [leftOut] addresses this build leaves out on purpose (examples in production)
 * @returns {{ problems: string[], urls: string[] }} problems, and the updated list of published URLs
 */
export function checkPublished(outDir, redirects, published, leftOut = () => false) {
  const now = new Set(publishedInDist(outDir));
  const moved = new Map(redirects.map((r) => [r.from, r.to]));
  const problems = [];
  for (const r of redirects) {
    if (!now.has(r.to))
      problems.push(`content/redirects.yaml: ${r.from} leads to ${r.to}, which the site does not have. Fix "to".`);
    const page = join(outDir, r.from, 'index.html');
    if (existsSync(page) && !readFileSync(page, 'utf8').includes('http-equiv="refresh"')) {
      problems.push(`content/redirects.yaml: ${r.from} is still a page of the site; remove the redirect or the page.`);
    }
  }
  for (const url of published) {
    if (!now.has(url) && !moved.has(url) && !leftOut(url)) {
      problems.push(
        `${url} was published and is gone. Add a redirect to content/redirects.yaml ("- from: ${url}" and "  to: <the new address>"), or restore the page.`,
      );
    }
  }
  // Addresses that now redirect stay listed: removing their redirect later must fail too.
  const urls = [...new Set([...published, ...now])].sort();
  return { problems, urls };
}

/** Writes the updated list (the explicit step after a build); returns how many addresses were added. @param {string} outDir */
export function recordPublished(outDir, contentDir = CONTENT_DIR) {
  const before = readPublished(contentDir);
  const { problems, urls } = checkPublished(
    outDir,
    loadRedirects(contentDir),
    before,
    PRODUCTION ? exampleAddress(contentDir) : undefined,
  );
  if (problems.length)
    throw new Error(`Broken links for readers (${problems.length}):\n  - ${problems.join('\n  - ')}`);
  if (urls.length !== before.length) writeFileSync(join(contentDir, PUBLISHED_FILE), HEADER + urls.join('\n') + '\n');
  return urls.length - before.length;
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
        const { problems, urls } = checkPublished(outDir, redirects, before, PRODUCTION ? exampleAddress() : undefined);
        if (problems.length) {
          // A build with broken links publishes nothing, as a build with a content error does.
          rmSync(outDir, { recursive: true, force: true });
          throw new Error(`Broken links for readers (${problems.length}):\n  - ${problems.join('\n  - ')}`);
        }
        const added = urls.length - before.length;
        if (added)
          logger.info(
            `${added} new addresses not yet in content/${PUBLISHED_FILE}; \`npm run urls:record\` records them.`,
          );
      },
    },
  };
}
