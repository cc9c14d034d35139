/**
 * One component system (docs/components.md): the whole card is the tap target, breadcrumbs are links
 * at every level, tags are plain text, and the press room's terms read as a list on a phone.
 */
import { expect, test } from '@playwright/test';

const CARDS = [
  { page: '/ky/guides/', card: '.guide-list .card' },
  { page: '/ky/partners/', card: '.partner-card' },
  { page: '/ky/news/', card: '.news-card' },
  { page: '/ru/regions/naryn/', card: '.partner-card' },
];

for (const { page: path, card } of CARDS) {
  test(`${path}: a tap on a card's text, not its title, opens the card's page`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const first = page.locator(card).first();
    const href = await first.locator(':is(h2, h3, h4) > a').first().getAttribute('href');
    expect(href).toBeTruthy();
    // The last paragraph of the card: its description or meta line, well away from the title.
    const text = first.locator('p').last();
    await text.scrollIntoViewIfNeeded();
    const box = (await text.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });
}

test('breadcrumbs: every level is a link, on region and partner pages', async ({ page }) => {
  for (const path of ['/ky/regions/naryn/', '/ky/partners/iom/']) {
    await page.goto(path);
    const crumbs = page.locator('nav.breadcrumbs li');
    expect(await crumbs.count()).toBeGreaterThanOrEqual(2);
    await expect(crumbs.filter({ hasNot: page.locator('a[href]') })).toHaveCount(0);
    // The trail ends above the page: the <h1> follows it.
    const h1 = await page.locator('h1').textContent();
    await expect(crumbs.last()).not.toHaveText(h1 ?? '');
  }
});

test('article tags are plain meta text, not chips that look tappable', async ({ page }) => {
  await page.goto('/ru/news/2022-07-26-press-cafe/');
  const tags = page.locator('.article__tags');
  await expect(tags).toBeVisible();
  await expect(tags.locator('a, button, .tag')).toHaveCount(0);
});

test('press room terms: a stacked list on a phone, nothing cut or scrolled sideways', async ({ page }) => {
  for (const lang of ['ky', 'ru']) {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${lang}/press/`);
    const table = page.locator('.prose table').last();
    await table.scrollIntoViewIfNeeded();
    const sizes = await table.evaluate((t) => {
      const cells = [...t.querySelectorAll('td')];
      return {
        table: { scroll: t.scrollWidth, client: t.clientWidth },
        widest: Math.max(...cells.map((c) => c.getBoundingClientRect().right)),
        stacked: cells.length > 1 && cells[0]!.getBoundingClientRect().top < cells[1]!.getBoundingClientRect().top,
      };
    });
    expect(sizes.table.scroll).toBeLessThanOrEqual(sizes.table.client);
    expect(sizes.widest).toBeLessThanOrEqual(360);
    expect(sizes.stacked).toBe(true);
  }
});
