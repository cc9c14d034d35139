// The offline copy's version is a hash of what it stores. After the pages are built, this replaces
// the version in dist/sw.js with a hash of every page a reader can save, the styles, scripts and
// icons those pages use, and the worker's own code. Any change to a saved page gives a new sw.js,
// which the browser notices and which saves a fresh copy; a build that changes none of them keeps
// every reader's copy (docs/guides.md, "Offline, by the reader's choice").
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION_LINE = /^const VERSION = "[^"]*";$/m;
const PAGES_LINE = /^const PAGES = (\{.*\});$/m;
const ASSET = /(?:href|src)="(\/(?:_astro|favicon)[^"]*)"/g;

/** Rewrites dist/sw.js with the hash of what it stores; returns the version. @param {string} outDir */
export function stampOfflineVersion(outDir) {
  const file = join(outDir, 'sw.js');
  const source = readFileSync(file, 'utf8');
  const pages = PAGES_LINE.exec(source);
  if (!pages || !VERSION_LINE.test(source)) throw new Error('dist/sw.js: no "const VERSION" or "const PAGES" line');
  const hash = createHash('sha256').update(source.replace(VERSION_LINE, ''));
  const assets = new Set();
  const paths = Object.values(/** @type {Record<string, string[]>} */ (JSON.parse(pages[1] ?? '{}'))).flat();
  for (const path of paths) {
    const html = readFileSync(join(outDir, path, 'index.html'));
    hash.update(path).update('\0').update(html).update('\0');
    for (const [, url] of html.toString('utf8').matchAll(ASSET)) assets.add(url);
  }
  for (const url of [...assets].sort()) {
    const asset = join(outDir, decodeURI(url.split(/[?#]/)[0]));
    hash
      .update(url)
      .update('\0')
      .update(existsSync(asset) ? readFileSync(asset) : '')
      .update('\0');
  }
  const version = hash.digest('base64url').slice(0, 12);
  writeFileSync(file, source.replace(VERSION_LINE, `const VERSION = ${JSON.stringify(version)};`));
  return version;
}

/** @returns {import('astro').AstroIntegration} */
export default function offlineVersion() {
  return {
    name: 'offline-version',
    hooks: {
      'astro:build:done': ({ dir }) => {
        stampOfflineVersion(fileURLToPath(dir));
      },
    },
  };
}
