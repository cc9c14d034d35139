/**
 * Byte budgets for readers on 2G, checked on every built page (bytes, never seconds).
 * A failure names the page and how many bytes it is over.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, attrs, builtPages } from '../helpers/dist';

const KB = 1024;
const BUDGET = { html: 14 * KB, firstVisit: 20 * KB, js: 3 * KB, image: 100 * KB };
/** Pages with search or an interactive tool may ship more JavaScript. */
const TOOL_PAGE = /^\/(ky|ru|en)\/(search|events|partners|guides\/(job-offer-check|before-you-go)\/)/;

const gz = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;
const fileGz = new Map<string, number>();
function assetGz(path: string): number {
  if (!fileGz.has(path)) fileGz.set(path, gz(readFileSync(join(DIST, path))));
  return fileGz.get(path)!;
}
const pages = () => builtPages().filter((p) => p.url !== '/status/' && !/http-equiv="refresh"/.test(p.html));

test('every page fits the first-visit budgets: HTML ≤ 14 KB, all of it ≤ 20 KB, JS ≤ 3 KB (compressed)', () => {
  const over: string[] = [];
  for (const { url, html } of pages()) {
    const htmlBytes = gz(html);
    const css = attrs(html, 'link', 'href')
      .filter((h) => h.endsWith('.css'))
      .reduce((s, h) => s + assetGz(h), 0);
    const scripts = attrs(html, 'script', 'src')
      .filter((s) => s.startsWith('/'))
      .reduce((s, h) => s + assetGz(h), 0);
    const inline = [
      ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
    ].reduce((s, m) => s + gz(m[1]!), 0);
    const js = scripts + inline;
    const total = htmlBytes + css + js;
    if (htmlBytes > BUDGET.html) over.push(`${url}: HTML ${htmlBytes} B, ${htmlBytes - BUDGET.html} B over`);
    if (total > BUDGET.firstVisit)
      over.push(
        `${url}: first visit ${total} B (HTML ${htmlBytes}, CSS ${css}, JS ${js}), ${total - BUDGET.firstVisit} B over`,
      );
    if (!TOOL_PAGE.test(url) && js > BUDGET.js) over.push(`${url}: JS ${js} B, ${js - BUDGET.js} B over`);
  }
  expect(over, over.join('\n')).toEqual([]);
});

test('no script blocks rendering', () => {
  const blocking: string[] = [];
  for (const { url, html } of pages()) {
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    for (const m of head.matchAll(/<script\b([^>]*)>/g)) {
      const a = m[1]!;
      if (/type="(module|application\/ld\+json)"/.test(a) || /\b(async|defer)\b/.test(a)) continue;
      blocking.push(`${url}: <script${a}>`);
    }
  }
  expect(blocking, blocking.join('\n')).toEqual([]);
});

test('images have dimensions, load lazily unless marked for the first screen, and weigh ≤ 100 KB as served', () => {
  const problems: string[] = [];
  for (const { url, html } of pages()) {
    for (const m of html.matchAll(/<img\b[^>]*>/g)) {
      const tag = m[0];
      if (!/\swidth="\d+"/.test(tag) || !/\sheight="\d+"/.test(tag))
        problems.push(`${url}: image without width/height: ${tag.slice(0, 120)}`);
      if (!/loading="lazy"/.test(tag) && !/loading="eager"|fetchpriority="high"/.test(tag))
        problems.push(`${url}: image neither lazy nor marked for the first screen: ${tag.slice(0, 120)}`);
    }
    const sources = [
      ...attrs(html, 'img', 'src'),
      ...[...attrs(html, 'source', 'srcset'), ...attrs(html, 'img', 'srcset')].flatMap((s) =>
        s.split(',').map((c) => c.trim().split(/\s+/)[0]!),
      ),
    ];
    for (const src of sources.filter((s) => s.startsWith('/'))) {
      const size = statSync(join(DIST, decodeURIComponent(src))).size;
      if (size > BUDGET.image) problems.push(`${url}: ${src} is ${size} B, ${size - BUDGET.image} B over`);
    }
  }
  expect(problems, [...new Set(problems)].join('\n')).toEqual([]);
});

test('text files are precompressed for hosts that serve .br and .gz', () => {
  const page = join(DIST, 'ru/about/index.html');
  expect(statSync(`${page}.br`).size).toBeLessThan(statSync(`${page}.gz`).size);
  // gzip output is never empty, so compare the stored .gz with the page itself.
  expect(statSync(`${page}.gz`).size).toBeLessThan(statSync(page).size);
});
