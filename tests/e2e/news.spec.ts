import { expect, test } from '@playwright/test';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NEWS_PAGE_SIZE } from '../../src/lib/news';
import { LANGS, SITE } from '../helpers/dist';

const NEWS_DIR = join(import.meta.dirname, '../../content/news');
const slugs = readdirSync(NEWS_DIR).filter((d) => !d.startsWith('_'));
const written = (slug: string, lang: string) =>
  [`${lang}.md`, `${lang}.mdx`].some((f) => existsSync(join(NEWS_DIR, slug, f)));

async function listingDates(page: import('@playwright/test').Page, lang: string) {
  const dates: string[] = [];
  for (let n = 1; ; n++) {
    const res = await page.goto(n === 1 ? `/${lang}/news/` : `/${lang}/news/${n}/`);
    if (n > 1 && res?.status() === 404) break;
    expect(res?.status()).toBe(200);
    dates.push(
      ...(await page
        .locator('[data-news-item] .news-meta time')
        .evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''))),
    );
    if (!(await page.locator('a[rel="next"]').count())) break;
  }
  return dates;
}

for (const lang of LANGS) {
  test.describe(`news in ${lang}`, () => {
    test('the listing shows every entry, newest first, over pages of the configured size', async ({ page }) => {
      const dates = await listingDates(page, lang);
      expect(dates).toHaveLength(slugs.length);
      expect([...dates].sort().reverse()).toEqual(dates);
      await page.goto(`/${lang}/news/`);
      expect(await page.locator('[data-news-item]').count()).toBe(Math.min(NEWS_PAGE_SIZE, slugs.length));
      if (slugs.length > NEWS_PAGE_SIZE) {
        expect((await page.goto(`/${lang}/news/2/`))?.status()).toBe(200);
        await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/${lang}/news/`);
      }
    });

    test('items not written in this language are listed and marked with the language they are in', async ({ page }) => {
      const missing = slugs.filter((s) => !written(s, lang));
      for (let n = 1; n <= Math.ceil(slugs.length / NEWS_PAGE_SIZE); n++) {
        await page.goto(n === 1 ? `/${lang}/news/` : `/${lang}/news/${n}/`);
        for (const item of await page.locator('[data-news-item]').all()) {
          const slug = await item.getAttribute('data-news-item');
          const marked = await item.locator('[data-available-in]').count();
          expect(marked, `${slug} marking`).toBe(missing.includes(slug!) ? 1 : 0);
        }
      }
    });

    test('the RSS feed parses, has absolute links that resolve, dates and summaries, and only this language', async ({
      page,
      request,
    }) => {
      const res = await request.get(`/${lang}/news/rss.xml`);
      expect(res.status()).toBe(200);
      const xml = await res.text();
      await page.goto(`/${lang}/news/`);
      const items = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
        if (doc.documentElement.nodeName !== 'rss') throw new Error('root is not <rss>');
        return [...doc.querySelectorAll('channel > item')].map((i) => ({
          link: i.querySelector('link')?.textContent ?? '',
          pubDate: i.querySelector('pubDate')?.textContent ?? '',
          description: i.querySelector('description')?.textContent ?? '',
        }));
      }, xml);
      expect(items).toHaveLength(slugs.filter((s) => written(s, lang)).length);
      for (const item of items) {
        expect(item.link.startsWith(`${SITE}/${lang}/news/`)).toBe(true);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
        expect(item.description.length).toBeGreaterThan(20);
        const built = await request.get(item.link.replace(SITE, ''));
        expect(built.status(), item.link).toBe(200);
      }
    });

    test('an article has its date, campaign link, reading time, AVIF/WebP cover with dimensions and NewsArticle JSON-LD', async ({
      page,
    }) => {
      await page.goto(`/${lang}/news/2018-09-10-youth-launch/`);
      await expect(page.locator('body')).toHaveAttribute('data-page-type', 'news');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.article time[datetime="2018-09-10"]')).toBeVisible();
      await expect(page.locator(`.article a[href="/${lang}/campaigns/2018/"]`)).toBeVisible();
      await expect(page.locator('.article__reading')).toBeVisible();
      const cover = page.locator('.article picture').first();
      await expect(cover.locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif 360w/);
      await expect(cover.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp 360w/);
      const img = cover.locator('img');
      await expect(img).toHaveAttribute('width', /\d+/);
      await expect(img).toHaveAttribute('height', /\d+/);
      expect((await img.getAttribute('alt'))!.length).toBeGreaterThan(10);
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.datePublished).toBe('2018-09-10');
      expect(ld.headline).toBe(await page.locator('h1').textContent());
      await expect(page.locator('.related [data-news-item]').first()).toBeVisible();
    });

    test('the in-text chart is lazy and served as AVIF/WebP; every served news image is at most 100 KB', async ({
      page,
      request,
    }) => {
      await page.goto(`/${lang}/news/2017-11-30-campaign-results/`);
      const inText = page.locator('.article__body picture img');
      await expect(inText).toHaveAttribute('loading', 'lazy');
      await expect(page.locator('.article__body picture source[type="image/avif"]')).toHaveCount(1);
      const urls = await page.locator('.article picture source, .article picture img').evaluateAll((els) =>
        els.flatMap((e) =>
          (e.getAttribute('srcset') ?? e.getAttribute('src') ?? '')
            .split(',')
            .map((s) => s.trim().split(' ')[0])
            .filter(Boolean),
        ),
      );
      for (const url of new Set(urls)) {
        const body = await (await request.get(url!)).body();
        expect(body.length, url).toBeLessThanOrEqual(100 * 1024);
      }
    });

    test('a campaign page shows its figures with sources, organisers linked to partner pages, and its news', async ({
      page,
    }) => {
      await page.goto(`/${lang}/campaigns/`);
      await expect(page.locator(`a[href="/${lang}/campaigns/2018/"]`)).toBeVisible();
      await page.goto(`/${lang}/campaigns/2018/`);
      await expect(page.locator('.figures li')).toHaveCount(3);
      await expect(page.locator('.figures__source').first()).toContainText('UNODC');
      await expect(page.locator(`.organisers a[href="/${lang}/partners/glo-act/"]`)).toBeVisible();
      await expect(page.locator('[data-news-item="2018-09-10-youth-launch"]')).toBeVisible();
      await expect(page.locator('[data-news-item="2022-07-26-press-cafe"]')).toHaveCount(0);
    });

    test('the home page shows the latest news', async ({ page }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('[data-latest-news] [data-news-item]')).toHaveCount(3);
      await expect(page.locator('[data-latest-news] [data-news-item]').first()).toHaveAttribute(
        'data-news-item',
        '2022-07-26-press-cafe',
      );
    });
  });
}
