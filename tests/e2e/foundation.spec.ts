import { resolve } from 'node:path';
import { collectTranslationStatus, listProblems } from '../../src/node/translation-status.mjs';
import { expect, test } from '@playwright/test';

import { LANGS, SITE } from '../helpers/dist';

test.describe('language chooser at /', () => {
  test('without JavaScript it offers the three languages as links', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    for (const lang of LANGS) await expect(page.locator(`a[hreflang="${lang}"][href="/${lang}/"]`)).toBeVisible();
    await context.close();
  });

  for (const [languages, expected] of [
    [['ru-RU', 'ru'], 'ru'],
    [['en-GB', 'en'], 'en'],
    [['de-DE', 'fr'], 'ky'],
  ] as const) {
    test(`with JavaScript a reader preferring ${languages[0]} lands on /${expected}/`, async ({ browser }) => {
      const context = await browser.newContext({ locale: languages[0] });
      await context.addInitScript(
        (langs) => Object.defineProperty(navigator, 'languages', { get: () => langs }),
        [...languages],
      );
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForURL(`**/${expected}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', expected);
      await context.close();
    });
  }

  test('/?choose shows the chooser even with JavaScript', async ({ page }) => {
    await page.goto('/?choose');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(/\?choose$/);
  });
});

test.describe('every page in three languages', () => {
  for (const path of ['', 'about/', 'safety/']) {
    for (const lang of LANGS) {
      test(`/${lang}/${path} has lang, canonical, reciprocal hreflang and a switcher to the same page`, async ({
        page,
      }) => {
        await page.goto(`/${lang}/${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${SITE}/${lang}/${path}`);
        for (const other of LANGS) {
          await expect(page.locator(`link[rel=alternate][hreflang="${other}"]`)).toHaveAttribute(
            'href',
            `${SITE}/${other}/${path}`,
          );
        }
        await expect(page.locator('link[rel=alternate][hreflang="x-default"]')).toHaveCount(1);
        const switcher = page.locator('.lang-switcher');
        for (const other of LANGS.filter((l) => l !== lang)) {
          await expect(switcher.locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', `/${other}/${path}`);
        }
        const other = LANGS.find((l) => l !== lang)!;
        await switcher.locator(`a[hreflang="${other}"]`).click();
        await expect(page).toHaveURL(new RegExp(`/${other}/${path}$`));
        await expect(page.locator('html')).toHaveAttribute('lang', other);
      });
    }
  }
});

test.describe('a missing translation', () => {
  // The glossary used to be English-only; now every page is translated, so the first missing
  // translation in the content (if any) is used. tests/build/news-fallback.test.ts builds one on purpose.
  const missing = listProblems(
    collectTranslationStatus(resolve(import.meta.dirname, '../../content'), { git: false }),
  ).find((p) => p.state === 'missing' && p.collection === 'pages');
  test('the reader gets another language with a notice in theirs, never a 404', async ({ page }) => {
    test.skip(!missing, 'no page is missing a translation in the content');
    const response = await page.goto(`/${missing!.lang}/${missing!.slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', missing!.lang);
    await expect(page.locator('[data-fallback-notice]')).toHaveCount(1);
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
  });

  test('the glossary is in all three languages, with no fallback notice', async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/glossary/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
    }
  });
});

test.describe('layout', () => {
  for (const lang of LANGS) {
    test(`/${lang}/ has landmarks, the hotline as a tel: link, quick exit and a working skip link`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/`);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.locator('header a[href="tel:1899"]')).toBeVisible();
      await expect(page.locator('a[data-quick-exit]')).toBeVisible();
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      await expect(page.locator('main')).toBeFocused();
    });
  }

  test('the quick exit stays within thumb reach on a 360 px phone', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto('/ru/about/');
    await page.mouse.wheel(0, 2000);
    const box = await page.locator('a[data-quick-exit]').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(740);
    expect(box!.y).toBeGreaterThan(600);
    await context.close();
  });
});
