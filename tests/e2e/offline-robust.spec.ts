/**
 * The offline copy keeps its promises (security review F5, F6): saving leaves no second copy in the
 * HTTP cache, a failed save leaves nothing (or a Delete button), online readers get the current page,
 * a slow network falls back to the saved copy after a few seconds.
 */
import { expect, test, type Page } from '@playwright/test';

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const registrations = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
/** Whether the browser's HTTP cache holds a response for this path ('only-if-cached' never asks the network). */
const inHttpCache = (page: Page, path: string) =>
  page.evaluate(async (p) => {
    try {
      await fetch(p, { cache: 'only-if-cached', mode: 'same-origin' });
      return true;
    } catch {
      return false;
    }
  }, path);

async function saveEnglish(page: Page) {
  await page.goto('/en/help/');
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/Saved/, { timeout: 20_000 });
}

test('saving puts the guides in Cache Storage only: after Delete the HTTP cache holds none of the pages the reader never opened', async ({
  page,
}) => {
  await saveEnglish(page);
  const [name] = await cacheNames(page);
  const saved = await page.evaluate(
    async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname),
    name!,
  );
  expect(saved).toContain('/en/guides/forced-begging/');
  await page.getByRole('button', { name: 'Delete saved copy' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/deleted/);
  // A page with no worker in control: its fetches see the HTTP cache as it is.
  await page.goto('/en/about/');
  expect(await registrations(page)).toBe(0);
  // The page the reader opened is in the HTTP cache (so the probe works); the guides saved in the background are not.
  expect(await inHttpCache(page, '/en/about/')).toBe(true);
  for (const path of ['/en/guides/', '/en/guides/forced-begging/', '/en/guides/job-offer-check/'])
    expect(await inHttpCache(page, path), path).toBe(false);
});

test('a save that fails midway leaves no saved copy and no service worker, and says so', async ({ page, context }) => {
  await context.route('**/en/guides/forced-begging/', (route) => route.abort());
  await page.goto('/en/guides/');
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/Could not save/, { timeout: 20_000 });
  expect(await cacheNames(page)).toEqual([]);
  expect(await registrations(page)).toBe(0);
  await expect(page.locator('[data-offline-delete]')).toBeHidden();
});

test('a failed save keeps an earlier copy and its Delete button', async ({ page, context }) => {
  await saveEnglish(page);
  await context.route('**/ru/guides/forced-begging/', (route) => route.abort());
  await page.goto('/ru/guides/');
  await page.getByRole('button', { name: 'Сохранить для чтения без сети' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/Не удалось/, { timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Удалить сохранённую копию' })).toBeVisible();
  const [name] = await cacheNames(page);
  const saved = await page.evaluate(
    async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname),
    name!,
  );
  expect(saved).toContain('/en/guides/forced-begging/');
  expect(saved.filter((p) => p.startsWith('/ru/'))).toEqual([]);
});

test('Delete is shown on every page with the controls whenever a worker is registered, even with nothing saved', async ({
  page,
}) => {
  await page.goto('/en/help/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js');
    await navigator.serviceWorker.ready;
  });
  expect(await cacheNames(page)).toEqual([]);
  for (const path of ['/en/help/', '/en/guides/', '/en/guides/fake-job-offers/']) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Delete saved copy' }), path).toBeVisible();
  }
  // The worker serves pages without creating a cache of its own: nothing is stored that was not saved.
  expect(await cacheNames(page)).toEqual([]);
  await page.getByRole('button', { name: 'Delete saved copy' }).click();
  await expect.poll(() => registrations(page)).toBe(0);
});

test('online, a saved page that changed on the server is shown as it is now, and the saved copy is refreshed', async ({
  page,
  context,
}) => {
  await saveEnglish(page);
  await context.route('**/en/guides/fake-job-offers/', async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<h1([^>]*)>[^<]*/, '<h1$1>Corrected today');
    await route.fulfill({ response, body });
  });
  await page.goto('/en/guides/fake-job-offers/');
  await expect(page.locator('h1')).toHaveText('Corrected today');
  await context.unroute('**/en/guides/fake-job-offers/');
  await context.setOffline(true);
  await page.goto('/en/guides/fake-job-offers/');
  await expect(page.locator('h1')).toHaveText('Corrected today');
  await page.goto('/en/guides/forced-begging/');
  await expect(page.locator('h1')).toBeVisible();
});

test('a page that does not arrive within a few seconds is shown from the saved copy', async ({ page, context }) => {
  await saveEnglish(page);
  let asked = 0;
  await context.route('**/en/guides/forced-begging/', () => {
    asked++; // never answered: a stalled 2G connection
  });
  const started = Date.now();
  await page.goto('/en/guides/forced-begging/', { timeout: 10_000 });
  await expect(page.locator('h1')).toBeVisible();
  expect(asked, 'the network was asked first').toBeGreaterThan(0);
  expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
  expect(Date.now() - started).toBeLessThan(8_000);
});

test('offline, a page that was not saved shows the hotline and links to the saved pages instead of the browser error', async ({
  page,
  context,
}) => {
  await page.goto('/ky/help/');
  await page.getByRole('button', { name: 'Интернетсиз окуу үчүн сактоо' }).click();
  await expect(page.locator('.offline-status')).toHaveText(/сакталды/, { timeout: 20_000 });
  await context.setOffline(true);
  await page.goto('/ky/events/');
  await expect(page.locator('h1')).toHaveText('Бул барак сакталган эмес');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
  await expect(page.locator('a[href="tel:1899"]')).toBeVisible();
  // The quick exit is there too, as on every page of the site.
  await expect(page.locator('a.quick-exit')).toHaveAttribute('href', 'https://ky.wikipedia.org/wiki/');
  await expect(page.locator('a.quick-exit')).toHaveText('Тез чыгуу');
  // Styled by the saved stylesheet, and the links lead to saved pages that open offline.
  await expect(page.locator('body')).not.toHaveCSS('font-family', /Times/);
  await page.getByRole('link', { name: 'Тобокелдиктер боюнча колдонмолор' }).click();
  await expect(page).toHaveURL(/\/ky\/guides\/$/);
  await expect(page.locator('[data-offline]')).toBeAttached();
  // An address in a language that was not saved gets the page in the saved language.
  await page.goto('/en/events/');
  await expect(page.locator('h1')).toHaveText('Бул барак сакталган эмес');
});
