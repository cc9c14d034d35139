import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../helpers/dist';

test('the directory groups partners by type, in every language', async ({ page }) => {
  for (const [lang, heading] of [
    ['ru', 'Агентства ООН'],
    ['ky', 'БУУнун агенттиктери'],
    ['en', 'UN agencies'],
  ] as const) {
    await page.goto(`/${lang}/partners/`);
    const group = page.locator('[data-group="un-agency"]');
    await expect(group.getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(group.locator('[data-partner="unodc"] a')).toHaveAttribute('href', `/${lang}/partners/unodc/`);
  }
  const groups = await page.locator('[data-group]').evaluateAll((els) => els.map((e) => e.getAttribute('data-group')));
  expect(groups).toEqual(['government', 'coordination-council', 'un-agency', 'international', 'ngo', 'youth', 'donor']);
});

test('filters are links that work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru/partners/');
  await page.locator('a[data-filter-link="region:naryn"]').click();
  await expect(page).toHaveURL(/\/ru\/partners\/region\/naryn\/$/);
  await expect(page.locator('[data-partner="cc-naryn"]')).toBeVisible();
  await expect(page.locator('[data-partner="cc-osh"]')).toBeHidden();
  await expect(page.locator('[data-partner="wrc-south-kazakhstan"]')).toBeHidden();
  await page.goto('/en/partners/type/donor/');
  await expect(page.locator('h1')).toHaveText('Partners: Donors');
  await expect(page.locator('[data-partner]:visible')).toHaveCount(3);
  await context.close();
});

test('with JavaScript a filter applies at once and Back undoes it', async ({ page }) => {
  await page.goto('/en/partners/');
  const all = await page.locator('[data-partner]:visible').count();
  await page.locator('a[data-filter-link="type:un-agency"]').click();
  await expect(page).toHaveURL(/\/en\/partners\/type\/un-agency\/$/);
  await expect(page.locator('h1')).toHaveText('Partners: UN agencies');
  await expect(page.locator('[data-partner]:visible')).toHaveCount(5);
  await expect(page.locator('[data-directory-count]')).toHaveText('5 organisations');
  await expect(page.locator('a[data-filter-link="type:un-agency"]')).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.locator('[data-partner]:visible')).toHaveCount(all);
});

test("every badge's acronym fits inside its square, in every language (ЮНИСЕФ was cut to ОНИСЕ)", async ({ page }) => {
  for (const lang of ['ky', 'ru', 'en']) {
    await page.goto(`/${lang}/partners/`);
    const widths = await page
      .locator('svg.monogram text')
      .evaluateAll((texts) => texts.map((t) => [t.textContent, (t as SVGTextElement).getBBox().width] as const));
    expect(widths.length, lang).toBeGreaterThan(3);
    // The square is 56 units wide with a 2-unit border.
    expect(
      widths.filter(([, w]) => w > 52),
      lang,
    ).toEqual([]);
  }
});

test('a partner page shows the record and what refers to it, with working links', async ({ page }) => {
  await page.goto('/ru/partners/unodc/');
  await expect(page.locator('h1')).toContainText('Управление ООН по наркотикам и преступности');
  await expect(page.locator('a[href="https://www.unodc.org"]')).toBeVisible();
  await expect(page.locator('#p-campaigns + ul li')).toHaveCount(2);
  await page.goto('/en/partners/glo-act/');
  await page.locator('dd a[href="/en/partners/unodc/"]').click();
  await expect(page).toHaveURL(/\/en\/partners\/unodc\/$/);
  // Cross-links computed from references: events a partner organises, news that names it.
  await page.goto('/ru/partners/cc-naryn/');
  await expect(page.locator('#p-events + ul a[href="/ru/events/2026-11-27-naryn-quiz/"]')).toBeVisible();
  await page.goto('/en/partners/osce-bishkek/');
  await expect(page.locator('#p-events + ul a[href="/en/events/2022-07-26-press-cafe/"]')).toBeVisible();
  await expect(page.locator('#p-news + ul a[href^="/en/news/2022-07-26"]')).toBeVisible();
  await page.goto('/ky/partners/youth-organisations/');
  await expect(page.locator('[data-example-label]').first()).toBeVisible();
});

test('each region page and the help page list who helps in that region', async ({ page }) => {
  await page.goto('/ru/regions/naryn/');
  await expect(page.locator('[data-region-partners="naryn"] [data-partner="cc-naryn"]')).toBeVisible();
  await page.goto('/ky/help/');
  const naryn = page.locator('[data-help-by-region] li', { has: page.locator('a[href="/ky/regions/naryn/"]') });
  await expect(naryn.locator('a[href="/ky/partners/cc-naryn/"]')).toBeVisible();
  await expect(page.locator('[data-help-by-region] a.region-name')).toHaveCount(9);
});

test('no phone number appears that the content does not publish', () => {
  const allowed = new Set(['1899', '112', '102', '103', '101']);
  for (const file of ['wrc-south-kazakhstan', 'unodc']) {
    for (const m of readFileSync(join('content/partners', `${file}.yaml`), 'utf8').matchAll(/number:\s*"?([^"\n]+)/g))
      allowed.add(m[1]!.replace(/\D/g, ''));
  }
  const problems: string[] = [];
  for (const { url, html } of builtPages()) {
    for (const m of html.matchAll(/href="tel:([^"]+)"/g))
      if (!allowed.has(m[1]!.replace(/\D/g, ''))) problems.push(`${url}: tel:${m[1]}`);
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?/g, ' ');
    // Numbers written the way phone numbers are: +996 312 12 34 56, 0312 12-34-56, +7 900 123 45 67.
    for (const m of text.matchAll(
      /(?<![\d-])(?:\+\d{1,3}[ -]?)?\(?\d{3,4}\)?[ -]\d{2,3}[ -]\d{2}[ -]\d{2}\b|\+\d{7,}/g,
    ))
      problems.push(`${url}: "${m[0].trim()}"`);
  }
  expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
});
