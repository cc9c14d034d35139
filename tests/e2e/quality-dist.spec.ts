/**
 * Checks over every built page (no browser needed): valid HTML, titles and descriptions,
 * links, anchors, hreflang, sitemap, robots.txt, CSP. Runs after the build, with the browser tests.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, SITE, attrs, builtPages, resolvesInDist } from '../helpers/dist';
import { META_CSP } from '../../deploy/headers.mjs';

const pages = () => builtPages().filter((p) => !/http-equiv="refresh"/.test(p.html));
const isIndexed = (html: string) => !/<meta name="robots" content="noindex/.test(html);

test('every page is valid HTML', async () => {
  test.setTimeout(240_000);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const page of builtPages()) {
    const report = await validator.validateString(page.html, page.file);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${page.url} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
});

test('every page has a unique title and a meta description in its language', () => {
  const titles = new Map<string, string>();
  const problems: string[] = [];
  for (const { url, html } of pages()) {
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim();
    const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1]?.trim();
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1];
    if (!title) problems.push(`${url}: no <title>`);
    else if (titles.has(title)) problems.push(`${url}: same title as ${titles.get(title)}: "${title}"`);
    else titles.set(title, url);
    if (!description) problems.push(`${url}: no meta description`);
    if (!lang) problems.push(`${url}: no <html lang>`);
    // A Kyrgyz or Russian page's description is written in Cyrillic, an English one is not.
    if (description && lang && lang !== 'en' && !/[\u0400-\u04FF]/.test(description))
      problems.push(`${url}: description not in ${lang}`);
    if (description && lang === 'en' && /[\u0400-\u04FF]{4,}/.test(description))
      problems.push(`${url}: English description in Cyrillic`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('every internal link, image, script, stylesheet and anchor resolves to a built file', () => {
  const problems: string[] = [];
  const external = new Set<string>();
  const idsOf = new Map(
    builtPages().map((p) => [p.url, new Set([...p.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]),
  );
  for (const { url, html } of builtPages()) {
    const refs = [
      ...attrs(html, 'a', 'href'),
      ...attrs(html, 'link', 'href'),
      ...attrs(html, 'script', 'src'),
      ...attrs(html, 'img', 'src'),
      ...attrs(html, 'source', 'srcset').flatMap((s) => s.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
      ...attrs(html, 'img', 'srcset').flatMap((s) => s.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
      ...attrs(html, 'form', 'action'),
    ];
    for (const ref of refs) {
      if (/^(tel|mailto|webcal|data):/.test(ref)) continue;
      const target = new URL(ref, `${SITE}${url}`);
      if (target.origin !== SITE) {
        external.add(target.href);
        continue;
      }
      if (!resolvesInDist(target.pathname)) problems.push(`${url}: ${ref} does not exist`);
      if (target.hash && ref !== '#' && (target.pathname === url || ref.startsWith('#'))) {
        const ids = idsOf.get(target.pathname);
        if (ids && !ids.has(decodeURIComponent(target.hash.slice(1))))
          problems.push(`${url}: anchor ${ref} has no target`);
      }
    }
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/external-links.txt', `${[...external].sort().join('\n')}\n`);
  console.log(`${external.size} external links listed in test-results/external-links.txt for a person to check`);
  expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
});

test('hreflang alternates exist and are reciprocal', () => {
  const problems: string[] = [];
  const alternatesOf = new Map<string, Map<string, string>>();
  for (const { url, html } of pages()) {
    const map = new Map<string, string>();
    for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
      map.set(m[1]!, new URL(m[2]!).pathname);
    alternatesOf.set(url, map);
  }
  for (const [url, map] of alternatesOf) {
    for (const [lang, path] of map) {
      if (!resolvesInDist(path)) problems.push(`${url}: hreflang ${lang} -> ${path} not built`);
      if (lang === 'x-default') continue;
      const back = alternatesOf.get(path);
      if (![...(back?.values() ?? [])].includes(url))
        problems.push(`${url}: ${path} (hreflang ${lang}) does not link back`);
    }
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('the sitemap lists every indexable page with its alternates, and robots.txt points to it', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const xml = sitemaps.map((p) => readFileSync(join(DIST, p), 'utf8')).join('\n');
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const problems: string[] = [];
  for (const { url, html } of pages()) {
    if (url === '/' || url === '/404' || !/<link rel="canonical"/.test(html)) continue;
    if (isIndexed(html) && !listed.has(url)) problems.push(`${url} is missing from the sitemap`);
    if (!isIndexed(html) && listed.has(url)) problems.push(`${url} is noindex but listed in the sitemap`);
  }
  for (const path of listed) if (!resolvesInDist(path)) problems.push(`sitemap lists ${path}, which is not built`);
  expect(problems, problems.join('\n')).toEqual([]);
  expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="ru-KG" href="[^"]+\/ru\/about\/"/);
});

test('every page carries the site policy first in <head>, and nothing inline that it would block', () => {
  const problems: string[] = [];
  for (const { url, html } of pages()) {
    const head =
      /<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
    if (!head) {
      problems.push(`${url}: the CSP <meta> is not right after <meta charset>`);
      continue;
    }
    // The same policy as the header (deploy/headers.mjs): no hashes, no unsafe-inline.
    if (head[1]!.replaceAll('&#39;', "'") !== META_CSP)
      problems.push(`${url}: CSP differs from deploy/headers.mjs: ${head[1]}`);
    for (const tag of html.matchAll(/<script\b([^>]*)>/g)) {
      if (!/\ssrc=|type="application\/ld\+json"/.test(tag[1]!)) problems.push(`${url}: inline <script${tag[1]}>`);
    }
    if (/<style\b|\sstyle="/.test(html)) problems.push(`${url}: inline style`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});
