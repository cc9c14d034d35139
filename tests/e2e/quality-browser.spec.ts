/**
 * What a reader meets in Chromium, on one page of every template in each language (sampled from
 * dist/, so new templates are covered without editing this file): accessibility, privacy,
 * reading without JavaScript, keyboard focus, reflow and zoom, reduced motion, CSP.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { templateSamples } from '../helpers/dist';

const samples = templateSamples();

/** Collects CSP violations and failed requests while a page loads. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

for (const url of samples) {
  test.describe(url, () => {
    test('has no WCAG 2.2 A/AA violation (axe) and no CSP violation', async ({ page }) => {
      const problems = watch(page);
      await page.goto(url);
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      expect(problems, problems.join('\n')).toEqual([]);
    });

    test('requests nothing from another origin, sets no cookie and stores nothing', async ({
      page,
      context,
      baseURL,
    }) => {
      const foreign: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      const stored = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        caches: 'caches' in window ? (await caches.keys()).length : 0,
        idb: 'databases' in indexedDB ? (await indexedDB.databases()).length : 0,
        sw: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
      }));
      expect(stored).toEqual({ local: 0, session: 0, caches: 0, idb: 0, sw: 0 });
    });

    test('reflows at 320 px and at 200 % text size without losing content', async ({ browser }) => {
      for (const [width, zoom] of [
        [320, 1],
        [640, 2],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(url);
        if (zoom !== 1)
          await page.evaluate((z) => {
            document.documentElement.style.fontSize = `${z * 100}%`;
          }, zoom);
        const overflow = await page.evaluate(() => {
          const doc = document.documentElement;
          const wide = [...document.querySelectorAll('main *, header *, footer *')]
            .filter((el) => {
              // Content inside a sideways-scrolling box (wide tables, the menu strip) is reachable by scrolling it.
              for (let a = el.parentElement; a; a = a.parentElement)
                if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return false;
              if (el.closest('svg')) return false;
              return el.getBoundingClientRect().right > doc.clientWidth + 1;
            })
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return { scroll: doc.scrollWidth - doc.clientWidth, wide: wide.slice(0, 5) };
        });
        expect(overflow, `${width}px x${zoom}`).toEqual({ scroll: 0, wide: [] });
        await context.close();
      }
    });
  });
}

for (const lang of ['ky', 'ru', 'en']) {
  test(`/${lang}/ works without JavaScript: content, navigation, hotline, language switcher`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of samples.filter((u) => u.startsWith(`/${lang}/`))) {
      await page.goto(url);
      await expect(page.locator('main'), url).toBeVisible();
      expect((await page.locator('main').innerText()).trim().length, url).toBeGreaterThan(20);
      await expect(page.locator('header a[href="tel:1899"]'), url).toBeVisible();
      expect(await page.locator('.main-nav a').count(), url).toBeGreaterThanOrEqual(5);
    }
    await page.goto(`/${lang}/`);
    const other = lang === 'ru' ? 'en' : 'ru';
    await page.locator(`.lang-switcher a[hreflang="${other}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${other}/$`));
    await page.locator('.main-nav a').nth(1).click();
    await expect(page.locator('h1')).toBeVisible();
    await context.close();
  });

  test(`/${lang}/: every interactive control is reachable by Tab and visibly focused`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const controls = await page
      .locator('a[href]:visible, button:visible, input:visible, select:visible, textarea:visible, summary:visible')
      .count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 5; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const ring = (style: CSSStyleDeclaration) =>
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
        const rect = el.getBoundingClientRect();
        return {
          id: `${el.tagName}|${el.getAttribute('href') ?? ''}|${el.textContent?.trim().slice(0, 20)}|${rect.x},${rect.y}`,
          // A card's title link draws its ring around the whole card, on its ::after cover.
          visible: ring(getComputedStyle(el)) || ring(getComputedStyle(el, '::after')),
          onScreen: rect.width > 0 && rect.height > 0,
        };
      });
      if (!focus) continue;
      expect(focus.visible, `focus indicator on ${focus.id}`).toBe(true);
      expect(focus.onScreen, `focused element is on screen: ${focus.id}`).toBe(true);
      reached.add(focus.id);
    }
    expect(reached.size).toBeGreaterThanOrEqual(controls - 1);
  });
}

test('with reduced motion nothing animates or transitions', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const url of samples.slice(0, 12)) {
    await page.goto(url);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((el) => {
          const s = getComputedStyle(el);
          const seconds = (v: string) => Math.max(...v.split(',').map((x) => parseFloat(x) || 0));
          return (
            (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) || seconds(s.transitionDuration) > 0.01
          );
        })
        .map((el) => el.tagName),
    );
    expect(moving, url).toEqual([]);
  }
  await context.close();
});
