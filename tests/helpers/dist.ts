/** Reading the built site (dist/) for tests that check every page. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');
import { LOCALES } from '../../src/config/site.mjs';
import { SITE_URL } from '../../src/site-url.mjs';

export const SITE = SITE_URL;
export const LANGS = LOCALES;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface BuiltPage {
  /** URL path, e.g. "/ru/about/" */
  url: string;
  file: string;
  html: string;
}

let cache: BuiltPage[] | undefined;
/** Every HTML page of dist/ (Pagefind's own files excluded). */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run npm run build first');
  cache ??= walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const url = `/${rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
      return { url, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  return cache;
}

/** Whether a URL path of the site resolves to a built file. */
export function resolvesInDist(pathname: string): boolean {
  const clean = decodeURIComponent(pathname.split(/[?#]/)[0]!);
  const target = join(DIST, clean);
  if (!target.startsWith(DIST)) return false;
  if (clean.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** Attribute values of a page: attrs(html, 'a', 'href'). Astro's output is regular enough for this. */
export function attrs(html: string, tag: string, attr: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'gi');
  for (const m of html.matchAll(re)) out.push(m[1]!.replace(/&amp;/g, '&'));
  return out;
}

/**
 * One page of every template in each language: pages are grouped by their section and depth
 * ("/ru/news/x/" -> "news/*"), so a new kind of page is sampled without editing the tests.
 */
export function templateSamples(): string[] {
  const seen = new Map<string, string>();
  for (const { url, html } of builtPages()) {
    const parts = url.split('/').filter(Boolean);
    if (/http-equiv="refresh"/.test(html)) continue; // redirect stubs
    const lang = (LANGS as readonly string[]).includes(parts[0] ?? '') ? parts.shift()! : '-';
    const fallback = /data-fallback-notice/.test(html) ? ':fallback' : '';
    const key = `${lang}:${parts.length <= 1 ? (parts[0] ?? 'home') : `${parts[0]}/${parts.length}`}${fallback}`;
    if (!seen.has(key)) seen.set(key, url);
  }
  return [...seen.values()];
}
