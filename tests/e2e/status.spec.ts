import { expect, test } from '@playwright/test';

test("the editors' status page lists missing translations and stays out of navigation, search and the sitemap", async ({
  page,
  request,
}) => {
  await page.goto('/status/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translation status');
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
  // Every text is translated and reviewed today; a flagged text is listed (tests/e2e/review-notice.spec.ts).
  await expect(page.locator('main')).toContainText('Everything is translated and reviewed.');
  await expect(page.locator('[data-status-records] tbody tr')).toHaveCount(3);
  await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);
  for (const lang of ['ky', 'ru', 'en']) {
    await page.goto(`/${lang}/`);
    await expect(page.locator('a[href*="/status"]')).toHaveCount(0);
  }
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/ru/about/');
  expect(sitemap).not.toContain('/status/');
});
