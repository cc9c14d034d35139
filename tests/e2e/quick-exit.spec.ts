/** Quick exit: the button and Shift x3 hide the page, give the tab a neutral title and replace it in the history with a neutral site. */
import { expect, test, type Page } from '@playwright/test';

const NEUTRAL = /^https:\/\/(ky|ru|en)\.wikipedia\.org\//;

/** Stands in for the neutral site (tests have no internet). */
async function fakeNeutralSite(page: Page) {
  await page.context().route(NEUTRAL, async (route) => {
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Wikipedia</title><p>neutral</p>' });
  });
}

for (const [lang, label] of [
  ['ky', 'Тез чыгуу'],
  ['ru', 'Быстрый выход'],
  ['en', 'Exit this page'],
] as const) {
  test(`the button (${lang}) is visible and translated on every kind of page`, async ({ page }) => {
    for (const path of ['', 'help/', 'guides/forced-marriage/', 'news/', 'events/']) {
      await page.goto(`/${lang}/${path}`);
      await expect(page.locator('a.quick-exit')).toHaveText(new RegExp(label));
      await expect(page.locator('a.quick-exit')).toHaveAttribute('href', NEUTRAL);
    }
  });
}

test('on a phone the button stays in reach at the bottom of the screen while scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto('/en/help/');
  await page.mouse.wheel(0, 2000);
  const box = await page.locator('a.quick-exit').boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(640);
  expect(box!.y).toBeGreaterThan(640 / 2);
});

test('the button hides the page and gives the tab a neutral title at once, and Back does not return here', async ({
  page,
}) => {
  await fakeNeutralSite(page);
  await page.goto('/en/');
  await page.goto('/en/safety/');
  // Read in the same task as the click, before the browser has even started to leave.
  const atClick = await page.evaluate(() => {
    document.querySelector<HTMLElement>('a.quick-exit')!.click();
    return `${getComputedStyle(document.body).visibility}|${document.title}`;
  });
  expect(atClick, 'hidden, with a neutral title (an empty one would show the address)').toBe('hidden|Wikipedia');
  await page.waitForURL(NEUTRAL);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/$/);
});

test('Shift pressed three times leaves; not while typing in a text field', async ({ page }) => {
  await fakeNeutralSite(page);
  await page.goto('/ru/guides/');
  await page.locator('#header-search-input').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/ru\/guides\/$/);
  await page.locator('h1').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(NEUTRAL);
});

test('Shift presses spread over more than five seconds, or broken by other keys, do not leave', async ({ page }) => {
  await page.clock.install();
  await page.goto('/en/help/');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.clock.fastForward(6000);
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('a');
  await page.keyboard.press('Shift');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/\/en\/help\/$/);
});

test('a page restored from the back-forward cache is usable again', async ({ page }) => {
  await page.goto('/en/help/');
  const title = await page.title();
  await page.evaluate(() => {
    document.documentElement.classList.add('quick-exit-active');
    document.title = '';
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await expect(page.locator('body')).toBeVisible();
  expect(await page.title()).toBe(title);
});

test('without JavaScript the button is a plain link that leaves', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await fakeNeutralSite(page);
  await page.goto('/ky/help/');
  await page.locator('a.quick-exit').click();
  await page.waitForURL(NEUTRAL);
  await expect(page.locator('p')).toHaveText('neutral');
  await context.close();
});
