/**
 * deploy/nginx.conf, run with Debian's nginx over dist/: directory URLs, the 404 page, feed types,
 * browsing without CSP violations. The header table of every host is tested in hosts.spec.ts.
 * .ci/run installs nginx; locally the test is skipped without it.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../helpers/dist';
import { NGINX, startNginx, type Host } from '../helpers/hosts';

let server: Host | undefined;
let ORIGIN = '';

test.describe.configure({ mode: 'serial' });
test.skip(!NGINX && !process.env.CI, 'nginx is not installed (apt-get install nginx); CI installs it');

test.beforeAll(async () => {
  expect(NGINX, 'nginx must be installed in CI').toBeTruthy();
  server = await startNginx(4390 + Number(process.env.TEST_PARALLEL_INDEX ?? 0));
  ORIGIN = server.origin;
});

test.afterAll(() => server?.stop());

test('pages come with the security headers and revalidate', async ({ request }) => {
  const response = await request.get(`${ORIGIN}/ru/about/`);
  expect(response.status()).toBe(200);
  const h = response.headers();
  expect(h['content-type']).toBe('text/html; charset=utf-8');
  expect(h['cache-control']).toBe('no-cache');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('no-referrer');
  expect(h['x-frame-options']).toBe('DENY');
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
  expect(h['permissions-policy']).toContain('geolocation=()');
  expect(h['cross-origin-opener-policy']).toBe('same-origin');
  expect(await response.text()).toContain('<meta http-equiv="content-security-policy"');
});

test('hashed assets are immutable, feeds are RSS, unknown paths get the 404 page', async ({ request }) => {
  const asset = readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))!;
  const css = await request.get(`${ORIGIN}/_astro/${asset}`);
  expect(css.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(css.headers()['content-type']).toContain('text/css');
  const feed = await request.get(`${ORIGIN}/en/news/rss.xml`);
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const missing = await request.get(`${ORIGIN}/ru/no-such-page/`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Страница не найдена');
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
});

test('cards and media-kit files may be shown on other sites; pages stay same-origin; old addresses send readers on', async ({
  request,
  page,
}) => {
  expect((await request.get(`${ORIGIN}/ru/about/`)).headers()['cross-origin-resource-policy']).toBe('same-origin');
  for (const path of ['/og/en/home.png', '/media/logo-512.png']) {
    const response = await request.get(`${ORIGIN}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  }
  await page.goto(`${ORIGIN}/en/press-room/`);
  await page.waitForURL(`${ORIGIN}/en/press/`);
});

test('a reader browsing through nginx meets no CSP violation', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${ORIGIN}/ky/`);
  await expect(page.locator('header a[href="tel:1899"]')).toBeVisible();
  await page.locator('.lang-switcher a[hreflang="en"]').click();
  await expect(page).toHaveURL(`${ORIGIN}/en/`);
  expect(errors).toEqual([]);
});

test('the 404 page speaks the language of the address first', async ({ page, browser }) => {
  const response = await page.goto(`${ORIGIN}/ru/no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator('h1').first()).toHaveText('Страница не найдена');
  await expect(page).toHaveTitle('Страница не найдена');
  await page.goto(`${ORIGIN}/en/missing/`);
  await expect(page.locator('h1').first()).toHaveText('Page not found');
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`${ORIGIN}/en/missing/`);
  await expect(plain.locator('h1')).toHaveCount(3);
  await noJs.close();
});
