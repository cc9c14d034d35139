/**
 * Issue 19 item 6: a dark theme that follows prefers-color-scheme (no toggle, nothing stored), AA in
 * both schemes (the light scheme is covered by quality-browser.spec.ts), a matching theme-color, and
 * print that stays black on white.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { templateSamples } from '../helpers/dist';

/** One page per template: the first sample of each template whatever its language (ky first). */
function onePerTemplate(): string[] {
  const seen = new Map<string, string>();
  for (const url of templateSamples()) {
    const parts = url.split('/').filter(Boolean);
    if (['ky', 'ru', 'en'].includes(parts[0] ?? '')) parts.shift();
    const key = parts.length <= 1 ? (parts[0] ?? 'home') : `${parts[0]}/${parts.length}`;
    if (!seen.has(key)) seen.set(key, url);
  }
  return [...seen.values()];
}

/** Relative luminance of a computed rgb()/rgba() colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const bodyColours = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return { background: s.backgroundColor, color: s.color };
  });

test.describe('dark scheme', () => {
  test.use({ colorScheme: 'dark' });
  // axe on a long page takes a while on a shared 2-core machine.
  test.describe.configure({ timeout: 60_000 });
  for (const url of onePerTemplate()) {
    test(`${url} has no WCAG 2.2 A/AA violation (axe) in the dark scheme`, async ({ page }) => {
      await page.goto(url);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  }
});

test('the page follows the system scheme: dark body in dark, light body in light, nothing stored', async ({ page }) => {
  await page.goto('/ky/');
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await bodyColours(page);
  expect(luminance(light.background)).toBeGreaterThan(0.9);
  expect(luminance(light.color)).toBeLessThan(0.05);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await bodyColours(page);
  expect(luminance(dark.background)).toBeLessThan(0.02);
  expect(luminance(dark.color)).toBeGreaterThan(0.7);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  // Nothing to toggle: the scheme comes from the system only.
  await expect(page.locator('[data-theme], [aria-label*="theme" i]')).toHaveCount(0);
});

test('the hotline yellow, the exit red and the focus ring stay distinct in the dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  const colours = await page.evaluate(() => {
    const bg = (sel: string) => getComputedStyle(document.querySelector(sel)!).backgroundColor;
    return { hotline: bg('header a[href="tel:1899"]'), exit: bg('.quick-exit'), body: bg('body') };
  });
  expect(colours.hotline).toBe('rgb(255, 213, 74)');
  expect(colours.exit).not.toBe(colours.hotline);
  expect(colours.exit).toMatch(/^rgb\((1\d\d|2\d\d), \d{1,2}, \d{1,2}\)$/); // still a red
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(ring.outline).toBe('solid');
  expect(ring.width).toBeGreaterThanOrEqual(2);
});

test('the dark scheme has its own theme-color, listed before the default one', async ({ page }) => {
  await page.goto('/ky/');
  const metas = await page
    .locator('meta[name="theme-color"]')
    .evaluateAll((els) => els.map((e) => ({ media: e.getAttribute('media'), content: e.getAttribute('content') })));
  expect(metas[0]).toEqual({
    media: '(prefers-color-scheme: dark)',
    content: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  expect(metas.at(-1)).toEqual({ media: null, content: '#0b5d6b' });
});

test('print stays black on white even when the system is dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.goto('/ky/guides/fake-job-offers/');
  const body = await bodyColours(page);
  expect(body).toEqual({ background: 'rgb(255, 255, 255)', color: 'rgb(0, 0, 0)' });
  // Panels keep their light print colours too.
  const panels = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .map((el) => getComputedStyle(el).backgroundColor)
      .filter((c) => c !== 'rgba(0, 0, 0, 0)'),
  );
  expect(
    panels.filter((c) => /^rgb/.test(c) && (c.match(/\d+/g) ?? []).slice(0, 3).every((v) => Number(v) < 100)),
  ).toEqual([]);
});

test('the events map keeps its light drawing in the dark scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/events/');
  const fill = await page
    .locator('.map-region path')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).toBe('rgb(230, 241, 242)');
});
