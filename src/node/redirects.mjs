// The redirects record (content/redirects.yaml): old or short addresses and where they now lead.
// Read by the redirect pages (src/pages/[...moved].astro), the redirects file for static hosts and
// the published-URL check (src/integrations/published-urls.mjs), so all three agree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES as LANGS } from '../config/site.mjs';
import { CONTENT_DIR } from './content-dir.mjs';

const FILE = 'content/redirects.yaml';
const PATH = /^\/(?:[a-z0-9][a-z0-9._-]*\/)*(?:[a-z0-9][a-z0-9._-]*\.[a-z0-9]+)?$/;

/**
 * @param {string} [contentDir]
 * @returns {{ from: string, to: string }[]} every redirect with {lang} expanded
 */
export function loadRedirects(contentDir = CONTENT_DIR) {
  const file = join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return [];
  const list = parse(readFileSync(file, 'utf8')) ?? [];
  if (!Array.isArray(list))
    throw new Error(`${FILE}: expected a list of entries like "- from: /en/old/" and "  to: /en/new/"`);
  const problems = [];
  /** @type {{ from: string, to: string }[]} */
  const out = [];
  list.forEach((entry, i) => {
    const where = `${FILE}, entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null)
      return problems.push(`${where}: expected the fields "from" and "to"`);
    const unknown = Object.keys(entry).filter((k) => k !== 'from' && k !== 'to');
    if (unknown.length)
      problems.push(`${where}: unknown field "${unknown[0]}": check the spelling. Allowed fields: from, to`);
    for (const field of ['from', 'to']) {
      const value = entry[field];
      if (typeof value !== 'string' || !PATH.test(value.replaceAll('{lang}', 'en'))) {
        problems.push(
          `${where}, field "${field}": expected a path on this site like /en/press/ (lower case, starting and ending with "/"), got ${JSON.stringify(value)}`,
        );
      }
    }
    if (problems.length) return;
    const langs = entry.from.includes('{lang}') ? LANGS : [null];
    for (const lang of langs) {
      const expand = (/** @type {string} */ p) => (lang ? p.replaceAll('{lang}', lang) : p);
      out.push({ from: expand(entry.from), to: expand(entry.to) });
    }
  });
  const seen = new Set();
  for (const r of out) {
    if (r.from === r.to) problems.push(`${FILE}: ${r.from} redirects to itself`);
    if (seen.has(r.from)) problems.push(`${FILE}: ${r.from} is listed twice: keep one entry`);
    seen.add(r.from);
  }
  if (problems.length) throw new Error(`Redirect problems (${problems.length}):\n  - ${problems.join('\n  - ')}`);
  // Follow chains (a -> b, b -> c) so a reader is sent once, to the final address. A chain that comes
  // back to an address it passed is a loop readers would never leave: name it and stop.
  const target = new Map(out.map((r) => [r.from, r.to]));
  const loops = new Set();
  const resolved = out.map((r) => {
    const path = [r.from];
    let to = r.to;
    while (target.has(to) && !path.includes(to)) {
      path.push(to);
      to = /** @type {string} */ (target.get(to));
    }
    if (path.includes(to)) {
      const loop = path.slice(path.indexOf(to));
      const start = loop.indexOf([...loop].sort()[0] ?? to); // one name per loop, whichever entry it was found from
      const named = [...loop.slice(start), ...loop.slice(0, start)];
      loops.add(`${FILE}: redirect loop ${[...named, named[0]].join(' → ')}: change one "to" to a page that exists`);
    }
    return { from: r.from, to };
  });
  if (loops.size) throw new Error(`Redirect problems (${loops.size}):\n  - ${[...loops].join('\n  - ')}`);
  return resolved;
}

/** The file Netlify, Cloudflare Pages and similar hosts read: one "from to 301" line each. */
export function redirectsFile(/** @type {{ from: string, to: string }[]} */ redirects) {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}
