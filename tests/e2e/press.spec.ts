/**
 * Press room, social cards, share and cite, media kit and links that never break (issue "press room").
 * Everything is read from the built site; expectations come from content/, never hard-coded lists.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { DIST, LANGS, SITE, builtPages, resolvesInDist } from '../helpers/dist';
import { loadRedirects } from '../../src/node/redirects.mjs';
import { readPublished } from '../../src/integrations/published-urls.mjs';

const CONTENT = join(import.meta.dirname, '../../content');
const yamlFiles = (folder: string) => readdirSync(join(CONTENT, folder)).filter((f) => f.endsWith('.yaml'));
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`)
    .exec(html)?.[1]
    ?.replace(/&amp;/g, '&');
const metaAll = (html: string, key: string) =>
  [
    ...html.matchAll(new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`, 'g')),
  ].map((m) => m[1]!);

/** Press releases per content/news/*: slug and date, newest first. */
function pressReleases() {
  return readdirSync(join(CONTENT, 'news'))
    .map((slug) => ({ slug, file: ['en.md', 'en.mdx'].map((f) => join(CONTENT, 'news', slug, f)).find(existsSync)! }))
    .map(({ slug, file }) => ({ slug, head: readFileSync(file, 'utf8').split('---')[1]! }))
    .filter((n) => /^kind:\s*["']?press-release/m.test(n.head))
    .map((n) => ({ slug: n.slug, date: /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(n.head)![1]! }))
    .sort((a, b) => b.date.localeCompare(a.date));
}

test.describe('press room', () => {
  for (const lang of LANGS) {
    test(`/${lang}/press/ has releases newest first, the fact sheet with sources and years, contacts, guidance and the media kit`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/press/`);
      await expect(page.locator('h1')).toBeVisible();
      const releases = pressReleases();
      expect(releases.length).toBeGreaterThanOrEqual(1);
      const listed = await page
        .locator('#press-releases [data-news-item]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-news-item')));
      expect(listed).toEqual(releases.map((r) => r.slug));

      const facts = yamlFiles('facts');
      const rows = page.locator('#fact-sheet tbody tr');
      await expect(rows).toHaveCount(facts.length);
      for (const row of await rows.all()) {
        await expect(row.locator('.fact-year')).toHaveText(/^(19|20)\d\d$/);
        await expect(row.locator('.fact-source')).not.toBeEmpty();
        await expect(row.locator('.fact-figure')).not.toBeEmpty();
      }

      const contacts = yamlFiles('contacts').map((f) => parse(readFileSync(join(CONTENT, 'contacts', f), 'utf8')));
      await expect(page.locator('[data-contact]')).toHaveCount(contacts.length);
      for (const c of contacts.filter((c) => c.example)) {
        await expect(
          page.locator('[data-contact]', { hasText: c.name[lang] }).locator('[data-example-label]'),
        ).toBeVisible();
      }

      // Key messages and ethical reporting guidance, with the international guidelines linked.
      expect(await page.locator('#press-guidance h2').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('#press-guidance a[href^="https://"]').count()).toBeGreaterThanOrEqual(2);
      await expect(page.locator('.share')).toBeVisible();
      await expect(page.locator('.cite-text')).toContainText(`${SITE}/${lang}/press/`);
    });
  }

  test('every media-kit download exists, PNG renditions have their stated width, credit and licence sit beside them', async ({
    page,
    request,
  }) => {
    await page.goto('/en/press/');
    const items = yamlFiles('media').map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      ...parse(readFileSync(join(CONTENT, 'media', f), 'utf8')),
    }));
    await expect(page.locator('[data-media]')).toHaveCount(items.length);
    expect(items.some((i) => i.kind === 'logo' && i.file.endsWith('.svg'))).toBe(true);
    for (const item of items) {
      const block = page.locator(`[data-media="${item.id}"]`);
      await expect(block).toContainText(item.credit.en);
      await expect(block.locator('a[rel~="license"]')).toHaveText(item.licence);
      const hrefs = await block.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs).toEqual([
        `/media/${item.id}.${item.file.split('.').pop()}`,
        ...item.widths.map((w: number) => `/media/${item.id}-${w}.png`),
      ]);
      for (const href of hrefs) {
        const response = await request.get(href);
        expect(response.status(), href).toBe(200);
        const body = await response.body();
        const width = item.widths.find((w: number) => href.endsWith(`-${w}.png`));
        if (width) {
          expect(response.headers()['content-type']).toContain('image/png');
          expect((await sharp(body).metadata()).width, href).toBe(Number(width));
        } else {
          expect(body.length, href).toBeGreaterThan(100);
        }
      }
      await expect(block.locator('img')).toHaveAttribute('alt', item.alt.en);
    }
  });
});

test.describe('social cards and link previews', () => {
  const shared = () =>
    builtPages().filter(
      (p) =>
        /^\/(ky|ru|en)\/(news\/\d{4}-|guides\/[a-z]|events\/\d{4}-|press\/$)/.test(p.url) &&
        !/http-equiv="refresh"/.test(p.html),
    );

  test('every news item, guide, event and press page has its own 1200x630 card and complete, absolute metadata', async () => {
    const pages = shared();
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    const checked = new Map<string, string>();
    for (const { url, html } of pages) {
      const lang = url.split('/')[1]!;
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
      const image = meta(html, 'og:image') ?? '';
      const expected = `${SITE}/og/${lang}/${url.split('/').slice(2, -1).join('--')}.png`;
      if (image !== expected) problems.push(`${url}: og:image ${image}, expected its own card ${expected}`);
      if (meta(html, 'twitter:image') !== image) problems.push(`${url}: twitter:image differs from og:image`);
      if (meta(html, 'og:url') !== canonical || !canonical.startsWith(SITE))
        problems.push(`${url}: og:url ${meta(html, 'og:url')} is not the canonical ${canonical}`);
      for (const key of [
        'og:title',
        'og:description',
        'og:site_name',
        'og:image:alt',
        'twitter:title',
        'twitter:description',
      ]) {
        if (!meta(html, key)) problems.push(`${url}: no ${key}`);
      }
      if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${url}: twitter:card`);
      if (meta(html, 'og:image:width') !== '1200' || meta(html, 'og:image:height') !== '630')
        problems.push(`${url}: og:image size`);
      const locale = meta(html, 'og:locale');
      if (locale !== { ky: 'ky_KG', ru: 'ru_RU', en: 'en_US' }[lang]) problems.push(`${url}: og:locale ${locale}`);
      const alternates = metaAll(html, 'og:locale:alternate');
      const hreflangs = [...html.matchAll(/<link rel="alternate" hreflang="(ky|ru|en)"/g)]
        .map((m) => m[1]!)
        .filter((l) => l !== lang);
      if (alternates.length !== hreflangs.length)
        problems.push(`${url}: og:locale:alternate ${alternates} for translations ${hreflangs}`);
      checked.set(image, url);
    }
    for (const [image, url] of checked) {
      const file = join(DIST, new URL(image).pathname);
      try {
        const { width, height, format } = await sharp(file).metadata();
        if (width !== 1200 || height !== 630 || format !== 'png')
          problems.push(`${url}: card ${width}x${height} ${format}`);
      } catch {
        problems.push(`${url}: card ${image} missing in dist/`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('every other page points to a card that exists, with absolute URLs', () => {
    const problems: string[] = [];
    for (const { url, html } of builtPages()) {
      if (/http-equiv="refresh"/.test(html) || !/<meta property="og:/.test(html)) continue;
      const image = meta(html, 'og:image') ?? '';
      if (!image.startsWith(`${SITE}/og/`)) problems.push(`${url}: og:image ${image}`);
      else if (!resolvesInDist(new URL(image).pathname)) problems.push(`${url}: ${image} not built`);
      if (!meta(html, 'og:url')?.startsWith(SITE)) problems.push(`${url}: og:url`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test('a card shows its page title in the page language (different titles, different cards)', async () => {
    const a = await sharp(join(DIST, 'og/ky/guides--fake-job-offers.png')).raw().toBuffer();
    const b = await sharp(join(DIST, 'og/ru/guides--fake-job-offers.png')).raw().toBuffer();
    expect(a.equals(b)).toBe(false);
  });
});

test.describe('share and cite', () => {
  test('share links are plain URLs carrying the canonical address; copy puts it on the clipboard', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/ru/guides/fake-job-offers/');
    const url = `${SITE}/ru/guides/fake-job-offers/`;
    const links = await page
      .locator('.share-links a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((l) => new URL(l).hostname)).toEqual(['t.me', 'wa.me', 'www.facebook.com', 'x.com']);
    for (const link of links) expect(decodeURIComponent(link)).toContain(url);
    await expect(page.locator('#share-url')).toHaveValue(url);
    await page.getByRole('button', { name: 'Скопировать ссылку', exact: true }).click();
    await expect(page.locator('.copy-status')).toHaveText('Скопировано.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    // On a guide the citation is folded (it is for journalists); articles and the press room show it open.
    await expect(page.locator('details.cite')).not.toHaveAttribute('open', /.*/);
    await page.locator('details.cite > summary').click();
    await page.getByRole('button', { name: 'Скопировать ссылку для цитирования' }).click();
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain('«');
    expect(citation).toContain(url);
  });

  test('without JavaScript the address is still there to select, and no copy button pretends to work', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/news/2018-09-10-youth-launch/');
    await expect(page.locator('#share-url')).toHaveValue(`${SITE}/en/news/2018-09-10-youth-launch/`);
    await expect(page.locator('button[data-copy]')).toHaveCount(2);
    await expect(page.locator('button[data-copy]').first()).toBeHidden();
    await expect(page.locator('.cite-text')).toBeVisible();
    await expect(page.locator('.cite-text')).toContainText('100 days against trafficking in persons');
    await context.close();
  });
});

test.describe('links never break', () => {
  test('each redirect of content/redirects.yaml leads on to its page, and dist/_redirects lists it as a 301', async ({
    page,
  }) => {
    const redirects = loadRedirects();
    expect(redirects.length).toBeGreaterThanOrEqual(3);
    const file = readFileSync(join(DIST, '_redirects'), 'utf8').trim().split('\n');
    for (const r of redirects) {
      expect(file).toContain(`${r.from} ${r.to} 301`);
      expect(resolvesInDist(r.to), `${r.from} -> ${r.to}`).toBe(true);
    }
    const sample = redirects[0]!;
    await page.goto(sample.from);
    await page.waitForURL(`**${sample.to}`);
    expect(new URL(page.url()).pathname).toBe(sample.to);
    const html = readFileSync(join(DIST, sample.from, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${SITE}${sample.to}"`);
    expect(html).toContain('name="robots" content="noindex"');
  });

  test('every published address (content/published-urls.txt) still exists or redirects', () => {
    const published = readPublished();
    expect(published.length).toBeGreaterThan(400);
    const moved = new Set(loadRedirects().map((r) => r.from));
    const gone = published.filter((url) => !resolvesInDist(url) && !moved.has(url));
    expect(gone, `published and gone without a redirect:\n${gone.join('\n')}`).toEqual([]);
  });
});
