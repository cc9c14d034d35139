/** Risk guides and self-checks: every guide in every language, the listing, the self-checks with and without JS, print. */
import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { LANGS, SITE } from '../helpers/dist';

/** The guides the campaign promised (issue "risk guides"); each must exist, written, in all three languages. */
const GUIDES = [
  'fake-job-offers',
  'labour-exploitation',
  'document-confiscation',
  'sexual-exploitation',
  'forced-marriage',
  'child-labour',
  'migrant-smuggling',
  'online-recruitment',
  'forced-begging',
  'organ-removal',
];
const CHECKS = { 'job-offer-check': 'warning-signs', 'before-you-go': 'precautions' } as const;

for (const slug of GUIDES) {
  test(`guide ${slug} is written in ky, ru and en with its sections, who helps and sources`, async ({ page }) => {
    for (const lang of LANGS) {
      const response = await page.goto(`/${lang}/guides/${slug}/`);
      expect(response?.status(), `/${lang}/guides/${slug}/`).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('[data-fallback-notice]'), 'a translation of its own, not a fallback').toHaveCount(0);
      await expect(page.locator('article.guide')).not.toHaveAttribute('lang', /.+/);
      await expect(page.locator('h1')).not.toBeEmpty();
      // Warning signs, protect yourself, what to do: three sections of the guide's own text.
      expect(await page.locator('.guide .prose h2').count(), `${lang}: sections`).toBeGreaterThanOrEqual(3);
      expect(await page.locator('.guide .prose li').count(), `${lang}: list items`).toBeGreaterThanOrEqual(6);
      await expect(page.locator('#who-helps + * a[href="tel:1899"]')).toBeVisible();
      expect(await page.locator('.sources li').count()).toBeGreaterThanOrEqual(1);
      for (const other of LANGS)
        await expect(page.locator(`link[rel=alternate][hreflang="${other}"]`)).toHaveAttribute(
          'href',
          `${SITE}/${other}/guides/${slug}/`,
        );
    }
  });
}

for (const lang of LANGS) {
  test(`/${lang}/guides/ lists every guide and self-check, and the home page links to guides`, async ({ page }) => {
    await page.goto(`/${lang}/guides/`);
    for (const slug of [...GUIDES, ...Object.keys(CHECKS)]) {
      await expect(page.locator(`.guide-list a[href="/${lang}/guides/${slug}/"]`)).toHaveCount(1);
    }
    await page.goto(`/${lang}/`);
    // The self-check is the hero's second action, and it is listed under "Know the risks" too.
    await expect(page.locator(`main .hero a[href="/${lang}/guides/job-offer-check/"]`)).toBeVisible();
    await expect(page.locator(`#home-guides ~ ul a[href="/${lang}/guides/job-offer-check/"]`)).toBeVisible();
    await expect(page.locator(`main a[href="/${lang}/guides/"]`).first()).toBeVisible();
  });
}

test('a guide lists the partners working on its topic, linked to their pages', async ({ page }) => {
  await page.goto('/en/guides/fake-job-offers/');
  const partners = page.locator('.who-helps a[href^="/en/partners/"]');
  expect(await partners.count()).toBeGreaterThanOrEqual(1);
  const href = await partners.first().getAttribute('href');
  expect((await page.request.get(href!)).status()).toBe(200);
});

async function outcomeShown(page: Page) {
  return page.locator('[data-outcome]:visible').getAttribute('data-outcome');
}

test.describe('self-checks', () => {
  for (const lang of LANGS) {
    test(`without JavaScript the job-offer check (${lang}) is a plain list with both outcomes and the hotline`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/guides/job-offer-check/`);
      expect(await page.locator('.check-items > li').count()).toBeGreaterThanOrEqual(8);
      await expect(page.locator('.check-items input')).toHaveCount(0);
      await expect(page.locator('[data-outcome="clear"]')).toBeVisible();
      await expect(page.locator('[data-outcome="flagged"]')).toBeVisible();
      await expect(page.locator('.check-result a[href="tel:1899"]')).toBeVisible();
      // The result panel's call button is the page's only big one: "Who helps" below does not repeat it.
      await expect(page.locator('main a.hotline--big[href="tel:1899"]')).toHaveCount(1);
      // Nothing to tick without JS, so the instruction asks the reader to read, not to tick.
      await expect(page.locator('.check-intro .intro-read')).toBeVisible();
      await expect(page.locator('.check-intro .intro-tick')).toBeHidden();
      await context.close();
    });
  }

  test('with JavaScript, ticking a warning sign shows its advice and what to do next; nothing is sent or stored', async ({
    page,
  }) => {
    await page.goto('/ru/guides/job-offer-check/');
    const boxes = page.locator('.check-items input[type=checkbox]');
    const total = await page.locator('.check-items > li').count();
    await expect(boxes).toHaveCount(total);
    expect(await outcomeShown(page)).toBe('clear');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByRole('checkbox').nth(1).check();
    expect(await outcomeShown(page)).toBe('flagged');
    await expect(page.locator('.check-status')).toHaveText(`Отмечено: 1 из ${total}.`);
    const advice = page.locator('.check-items > li').nth(1).locator('.check-advice');
    if (await advice.count()) await expect(advice).toBeVisible();
    await expect(page.locator('.check-items > li').nth(0).locator('.check-advice')).toBeHidden();
    await page.getByRole('button', { name: 'Снять все отметки' }).click();
    expect(await outcomeShown(page)).toBe('clear');
    await expect(boxes.first()).toBeFocused();
    expect(requests, 'ticking sends nothing').toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  });

  for (const lang of LANGS) {
    test(`/${lang}/guides/job-offer-check/ starts its list on a phone's first screen; what it is based on follows the result`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`/${lang}/guides/job-offer-check/`);
      await expect(page.locator('.check-intro .intro-tick')).toBeVisible();
      await expect(page.locator('.check-intro .intro-read')).toBeHidden();
      const firstBox = (await page.getByRole('checkbox').first().boundingBox())!;
      expect(firstBox.y + firstBox.height, 'first checkbox inside the first 740 px').toBeLessThan(740);
      const result = (await page.locator('.check-result').boundingBox())!;
      const about = (await page.locator('#check-about').boundingBox())!;
      expect(about.y, '"About this check" comes after the result').toBeGreaterThan(result.y);
    });
  }

  test('the before-you-go check is clear only when every precaution is ticked, by keyboard too', async ({ page }) => {
    await page.goto('/en/guides/before-you-go/');
    expect(await outcomeShown(page)).toBe('flagged');
    const boxes = page.getByRole('checkbox');
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(6);
    await boxes.first().focus();
    await page.keyboard.press('Space');
    await expect(boxes.first()).toBeChecked();
    for (let i = 1; i < count; i++) await boxes.nth(i).check();
    expect(await outcomeShown(page)).toBe('clear');
    await expect(page.locator('.check-status')).toHaveText(`Ticked: ${count} of ${count}.`);
  });
});

test.describe('print: guides and the help page are A4 leaflets', () => {
  for (const [lang, path] of [
    ['ky', 'guides/document-confiscation/'],
    ['ru', 'help/'],
    ['en', 'guides/job-offer-check/'],
  ] as const) {
    test(`/${lang}/${path} prints without navigation or buttons, with the hotline, its URL and a QR code to it`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/${path}`);
      await expect(page.locator('.print-header')).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.site-footer', '.quick-exit', '.main-nav', '.offline', '.skip-link']) {
        await expect(page.locator(hidden).first(), hidden).toBeHidden();
      }
      const header = page.locator('.print-header');
      await expect(header).toBeVisible();
      await expect(header.locator('.print-hotline')).toContainText('1899');
      const url = `${SITE}/${lang}/${path}`;
      await expect(header.locator('.print-url')).toHaveText(url);
      // The code in the page is the code of this URL (qrcode is deterministic for the same options).
      const expected = await QRCode.toString(url, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 2,
        color: { dark: '#000000', light: '#ffffff' },
      });
      const modules = /stroke="#000000" d="([^"]+)"/.exec(expected)![1];
      await expect(header.locator('.print-qr path[stroke="#000000"]')).toHaveAttribute('d', modules!);
      // The hotline comes before the guide's title on paper.
      const [hotlineY, titleY] = await Promise.all([header.boundingBox(), page.locator('h1').boundingBox()]);
      expect(hotlineY!.y).toBeLessThan(titleY!.y);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
      expect(pages, 'a short leaflet').toBeLessThanOrEqual(4);
    });
  }
});
