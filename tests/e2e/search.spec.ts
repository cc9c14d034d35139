import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

async function search(page: Page, lang: string, query: string) {
  await page.goto(`/${lang}/search/`);
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await expect(page.locator('[data-search-status]')).not.toHaveText(/…$|^$/);
  return page.locator('[data-search-results] li');
}

test.describe('search in each language', () => {
  test('Russian finds inflected forms and only Russian pages', async ({ page }) => {
    const results = await search(page, 'ru', 'кампанию');
    await expect(results.first()).toBeVisible();
    const urls = await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.every((u) => u.startsWith('/ru/'))).toBe(true);
    // The query's accusative finds other forms of the word.
    const marks = (await results.locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marks.some((m) => m.startsWith('кампани') && m !== 'кампанию')).toBe(true);
    // Result titles are the pages' own titles, without the site name.
    for (const title of await results.locator('a').allInnerTexts()) expect(title).not.toContain('— 100 дней');
    const about = await search(page, 'ru', 'посетителей');
    await expect(about.locator('a[href="/ru/about/"]')).toHaveText('О кампании');
  });

  test('English finds inflected forms', async ({ page }) => {
    const results = await search(page, 'en', 'campaigns');
    const urls = await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.every((u) => u.startsWith('/en/'))).toBe(true);
    const marks = (await results.locator('mark').allInnerTexts()).map((m) => m.toLowerCase());
    expect(marks).toContain('campaign');
  });

  test('Kyrgyz finds exact words and prefixes, with Kyrgyz letters', async ({ page }) => {
    for (const query of ['кампаниясы', 'кампани', 'өчүрүңүз']) {
      const results = await search(page, 'ky', query);
      await expect(results.first(), query).toBeVisible();
      const urls = await results.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(urls.every((u) => u.startsWith('/ky/')), query).toBe(true);
    }
    await expect(page.locator('[data-search-status]')).toContainText('натыйжа');
  });

  for (const lang of ['ky', 'ru', 'en']) {
    test(`/${lang}/: a search for 1899 leads to a page with the hotline, the help page first when it has it`, async ({ page, request }) => {
      const results = await search(page, lang, '1899');
      await expect(results.first()).toBeVisible();
      const first = new URL(await results.first().locator('a').getAttribute('href') ?? '', 'http://x').pathname;
      const help = await (await request.get(`/${lang}/help/`)).text();
      if (/<main[^>]*data-pagefind-body[\s\S]*1899[\s\S]*<\/main>/.test(help)) expect(first).toBe(`/${lang}/help/`);
      else expect(first).toMatch(new RegExp(`^/${lang}/`));
    });
  }
});

test('results show their type, and the type filter narrows them', async ({ page }) => {
  const results = await search(page, 'ru', 'сайт');
  await expect(results.first().locator('.meta')).toHaveText(/Страница|Новость|Памятка|Мероприятие|Партнёр|Для прессы/);
  await page.locator('select[data-filter=type]').selectOption('page');
  await expect(page).toHaveURL(/type=page/);
  await expect(results.first()).toBeVisible();
  for (const meta of await results.locator('.meta').allInnerTexts()) expect(meta).toContain('Страница');
});

test('the year and region filters narrow results to pages of that year or region', async ({ page }) => {
  await page.goto('/en/search/?q=campaign&year=2018');
  const results = page.locator('[data-search-results] li');
  await expect(results.first()).toBeVisible();
  for (const meta of await results.locator('.meta').allInnerTexts()) expect(meta).toContain('2018');
  await page.goto('/ru/search/?region=naryn');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.some((h) => /naryn/.test(h ?? ''))).toBe(true);
  expect(hrefs.filter((h) => /\/regions\/|\/events\/|cc-/.test(h ?? '')).every((h) => /naryn/.test(h ?? ''))).toBe(true);
});

test('the query stays in the URL, so a search can be shared', async ({ page, browser }) => {
  await page.goto('/ru/search/');
  await page.locator('#search-q').fill('кампания');
  await expect(page).toHaveURL(/\?q=%D0%BA/);
  const shared = page.url();
  const other = await browser.newPage();
  await other.goto(shared);
  await expect(other.locator('#search-q')).toHaveValue('кампания');
  await expect(other.locator('[data-search-results] li').first()).toBeVisible();
  await other.close();
});

test('hostile queries are shown as text and never run', async ({ page }) => {
  let dialog = false;
  page.on('dialog', (d) => { dialog = true; void d.dismiss(); });
  const hostile = `"><img src=x onerror=alert(1)><script>alert(2)</script>'`;
  await page.goto(`/en/search/?q=${encodeURIComponent(hostile)}`);
  await expect(page.locator('#search-q')).toHaveValue(hostile);
  await expect(page.locator('[data-search-status]')).toContainText('<img src=x');
  await expect(page.locator('main img[src=x], main script:not([src])')).toHaveCount(0);
  expect(dialog).toBe(false);
});

test('without JavaScript the page says search needs it and lists every page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ky/search/');
  await expect(page.locator('[data-search-fallback] .notice')).toContainText('JavaScript');
  await expect(page.locator('[data-search-fallback] a[href="/ky/about/"]')).toBeVisible();
  await expect(page.locator('[data-search-fallback] a[href="/ky/help/"]')).toBeVisible();
  await context.close();
});

test('opening the search page downloads no part of Pagefind until the reader starts to search', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/en/search/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  await page.locator('#search-q').focus();
  await expect.poll(() => fetched.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
  // The filter menus are filled once the index is there.
  await expect.poll(() => page.locator('select[data-filter=type] option').count()).toBeGreaterThan(1);
});

test('the first query costs less than 120 KB compressed, Pagefind included', async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (r) => {
    if (r.request().resourceType() === 'document') return;
    try { sizes.set(r.url(), gzipSync(await r.body()).length); } catch { /* redirects have no body */ }
  });
  await search(page, 'ru', 'паспорт');
  await page.waitForLoadState('networkidle');
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log(`first search query: ${(total / 1024).toFixed(1)} KB compressed in ${sizes.size} requests`);
  expect(total, [...sizes].map(([u, s]) => `${u} ${s}`).join('\n')).toBeLessThan(120 * 1024);
});
