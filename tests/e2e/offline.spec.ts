/** Offline reading by the reader's choice: nothing cached before "save", everything readable offline after, gone after "delete". */
import { expect, test, type Page } from '@playwright/test';

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

test('visiting the help page and guides stores nothing and registers no service worker', async ({ page }) => {
  for (const path of ['/en/help/', '/en/guides/', '/en/guides/fake-job-offers/', '/en/guides/job-offer-check/']) {
    await page.goto(path);
    await expect(page.locator('[data-offline-save]')).toBeVisible();
  }
  await page.waitForTimeout(500);
  expect(await cacheNames(page)).toEqual([]);
  expect(await registrations(page)).toBe(0);
});

test('after "save for offline" the help page and every guide of that language open with no connection; "delete" removes them', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000); // saves and opens fifteen pages on a shared, slow machine
  await page.goto('/ru/help/');
  await page.getByRole('button', { name: 'Сохранить для чтения без сети' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/Сохранено/, { timeout: 20_000 });
  const sw = await (await page.request.get('/sw.js')).text();
  const version = /const VERSION = "([^"]+)"/.exec(sw)![1];
  expect(await cacheNames(page)).toEqual([`offline-${version}`]);
  const pages = JSON.parse(/const PAGES = (\{.*\});/.exec(sw)![1]!) as Record<string, string[]>;
  expect(pages.ru).toContain('/ru/guides/organ-removal/');

  await context.setOffline(true);
  for (const path of pages.ru!) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toBeVisible();
  }
  // Styles came along: the quick exit button keeps its colour.
  await expect(page.locator('a.quick-exit')).toHaveCSS('background-color', 'rgb(163, 25, 43)');
  // Another language was not saved: the worker's "not saved" page, in the saved language, instead of the page.
  await page.goto('/en/guides/forced-begging/');
  await expect(page.locator('h1')).toHaveText('Эта страница не сохранена');

  await context.setOffline(false);
  await page.goto('/ru/guides/forced-begging/');
  await page.getByRole('button', { name: 'Удалить сохранённую копию' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/удалена/);
  expect(await cacheNames(page)).toEqual([]);
  expect(await registrations(page)).toBe(0);
  await context.setOffline(true);
  await expect(page.goto('/ru/help/')).rejects.toThrow();
});

test('a copy saved from an older build is replaced by a fresh one of the same languages', async ({ page }) => {
  await page.goto('/en/guides/');
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/Saved/, { timeout: 20_000 });
  const [current] = await cacheNames(page);
  // Make the saved copy look like one from an older build, with no service worker of this build yet.
  await page.evaluate(async (name) => {
    const old = await caches.open('offline-older-build');
    const cache = await caches.open(name);
    for (const request of await cache.keys()) await old.put(request, (await cache.match(request))!);
    await caches.delete(name);
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  }, current!);
  // An unregistered worker lingers while it controls the page; a reload lets it go, as a new visit would.
  await page.reload();
  expect(await cacheNames(page)).toEqual(['offline-older-build']);
  // This build's service worker arrives (as after a deploy): it saves afresh what the reader chose and drops the old copy.
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([current]);
  const saved = await page.evaluate(
    async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname),
    current!,
  );
  expect(saved).toContain('/en/guides/fake-job-offers/');
  expect(saved).toContain('/en/help/');
  await page.getByRole('button', { name: 'Delete saved copy' }).click();
  await expect.poll(() => cacheNames(page)).toEqual([]);
});
