/**
 * The phone's first screen belongs to the page (issue 19, items 1 and 2): at 360 x 740, in every
 * language, with and without JavaScript, on every template the page's <h1> starts within the top
 * 160 px; the menu reaches every main section, the search and the language switch, nothing cut off;
 * the hotline and the exit sit in a bottom bar that covers no heading, call link, checkbox or search
 * result, and not the end of the page.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axeViolations } from '../helpers/axe';
import { LOCALES, MAIN_SECTIONS } from '../../src/config/site.mjs';
import { builtPages } from '../helpers/dist';

const PHONE = { width: 360, height: 740 };
// Each test walks every template (15 pages).
test.describe.configure({ timeout: 120_000 });
const H1_MAX_TOP = 160;

/** One page of a section, from dist/ (a slug may change; a section with pages does not). */
function firstPageIn(section: string): string {
  const page = builtPages().find(
    (p) => new RegExp(`^/ky/${section}/[^/]+/$`).test(p.url) && !/^\d+$/.test(p.url.split('/')[3]!),
  );
  if (!page) throw new Error(`no page under /ky/${section}/`);
  return page.url.slice('/ky/'.length);
}

const TEMPLATES: Record<string, string> = {
  home: '',
  help: 'help/',
  guides: 'guides/',
  guide: 'guides/fake-job-offers/',
  'self-check': 'guides/job-offer-check/',
  events: 'events/',
  event: firstPageIn('events'),
  news: 'news/',
  article: firstPageIn('news'),
  partners: 'partners/',
  partner: firstPageIn('partners'),
  press: 'press/',
  search: 'search/',
  region: firstPageIn('regions'),
  '404': 'no-such-page/',
};
/** Pages with the site's header and its menu (the 404 page and the chooser have a bar of their own). */
const withMenu = (name: string) => name !== '404';

async function phone(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled });
  return { context, page: await context.newPage() };
}

async function h1Top(page: Page) {
  const box = await page.locator('h1').first().boundingBox();
  expect(box, 'an h1').not.toBeNull();
  return box!.y;
}

/** Whether the element is in view and not cut off at the sides. */
async function fullyVisible(page: Page, selector: string) {
  const boxes = await page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { what: el.outerHTML.slice(0, 80), x: r.left, right: r.right, w: r.width, h: r.height };
    }),
  );
  return boxes.filter((b) => !(b.w > 0 && b.h > 0 && b.x >= 0 && b.right <= PHONE.width)).map((b) => b.what);
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript';
  for (const lang of LOCALES) {
    test(`${lang}, ${mode}: on every template the h1 starts within ${H1_MAX_TOP} px, and the menu reaches every section, search and the languages`, async ({
      browser,
    }) => {
      const { context, page } = await phone(browser, javaScript);
      for (const [name, path] of Object.entries(TEMPLATES)) {
        const url = `/${lang}/${path}`;
        await page.goto(url);
        expect(await h1Top(page), `${name} ${url}: h1 top`).toBeLessThanOrEqual(H1_MAX_TOP);
        const sideways = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(sideways, `${url}: no sideways scroll`).toBe(0);
        if (!withMenu(name)) continue;

        // Closed: the main sections are not on the first screen; the Menu control is.
        const toggle = page.locator('.site-header [data-menu-toggle]');
        await expect(toggle, url).toBeVisible();
        await expect(page.locator('#header-search-input'), url).toBeHidden();
        if (javaScript) await expect(toggle, url).toHaveAttribute('aria-expanded', 'false');
        await toggle.click();
        if (javaScript) await expect(toggle, url).toHaveAttribute('aria-expanded', 'true');
        await expect(toggle, `${url}: Menu stays in view when open`).toBeInViewport();

        for (const s of MAIN_SECTIONS) {
          await expect(page.locator(`.main-nav a[href="/${lang}/${s.path ? `${s.path}/` : ''}"]`), url).toBeVisible();
        }
        await expect(page.locator('#header-search-input'), url).toBeVisible();
        for (const other of LOCALES.filter((l) => l !== lang)) {
          await expect(page.locator(`.lang-switcher a[hreflang="${other}"]`), url).toBeVisible();
        }
        expect(
          await fullyVisible(page, '.main-nav a, #header-search-input, .lang-switcher a, .lang-current'),
          `${url}: cut off`,
        ).toEqual([]);

        if (javaScript) {
          await page.keyboard.press('Escape');
          await expect(toggle).toHaveAttribute('aria-expanded', 'false');
          await expect(toggle).toBeFocused();
          await expect(page.locator('#header-search-input')).toBeHidden();
        }
      }
      await context.close();
    });
  }

  test(`the language chooser (${mode}): trilingual heading within ${H1_MAX_TOP} px, one shared line, exit and hotline in all three languages`, async ({
    browser,
  }) => {
    const { context, page } = await phone(browser, javaScript);
    await page.goto('/?choose');
    expect(await h1Top(page)).toBeLessThanOrEqual(H1_MAX_TOP);
    await expect(page.locator('h1')).toHaveText(/Тилди тандаңыз.*Выберите язык.*Choose/s);
    await expect(page.locator('.chooser-lead')).toHaveCount(1);
    const exit = page.locator('a[data-quick-exit]');
    await expect(exit).toBeInViewport();
    await expect(exit).toContainText('Тез чыгуу');
    await expect(exit).toContainText('Быстрый выход');
    await expect(exit).toContainText('Exit');
    const hotline = page.locator('main a[href="tel:1899"]');
    await expect(hotline).toContainText('Ишеним телефону');
    await expect(hotline).toContainText('Горячая линия');
    await expect(hotline).toContainText('Hotline');
    await context.close();
  });
}

test('the 404 page: with JavaScript, the exit and the hotline speak the language of the address', async ({
  browser,
}) => {
  for (const [lang, exitLabel, hotlineLabel, others] of [
    ['ru', 'Быстрый выход', 'Горячая линия', /Тез чыгуу|Exit/],
    ['en', 'Exit this page', 'Hotline', /Тез чыгуу|Быстрый/],
    ['ky', 'Тез чыгуу', 'Ишеним телефону', /Быстрый|Exit/],
  ] as const) {
    const { context, page } = await phone(browser, true);
    await page.goto(`/${lang}/no-such-page/`);
    const exit = page.locator('a[data-quick-exit]');
    await expect(exit).toBeInViewport();
    await expect(exit).toContainText(exitLabel);
    await expect(exit).not.toContainText(others);
    await expect(exit).toHaveAttribute('href', new RegExp(`^https://${lang}\\.wikipedia\\.org/`));
    await expect(page.locator('main a[href="tel:1899"]')).toHaveText(new RegExp(`^\\s*${hotlineLabel}\\s*1899\\s*$`));
    await context.close();
  }
  // Without JavaScript it speaks all three.
  const { context, page } = await phone(browser, false);
  await page.goto('/ru/no-such-page/');
  await expect(page.locator('a[data-quick-exit]')).toContainText('Быстрый выход');
  await expect(page.locator('a[data-quick-exit]')).toContainText('Тез чыгуу');
  await expect(page.locator('main a[href="tel:1899"]')).toContainText('Горячая линия');
  await context.close();
});

/**
 * Headings, call links, checkboxes and search results on the first screen: each is hit at its centre
 * (nothing lies over it) once it is scrolled into view the way focus and find-in-page scroll, and
 * the ones above the bar without any scrolling.
 */
async function covered(page: Page) {
  return page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll<HTMLElement>(
        'main a[href^="tel:"], main h1, main h2, main input[type="checkbox"], .search-results li a',
      ),
    ].filter((el) => {
      const r = el.getBoundingClientRect();
      // Visually hidden ones are 1 px; content of a closed <details> keeps a box but is not shown.
      return r.width > 1 && r.height > 1 && r.top < innerHeight && el.checkVisibility();
    });
    const bad: string[] = [];
    for (const el of targets) {
      scrollTo(0, 0);
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !(el === hit || el.contains(hit)))
        bad.push(`${el.outerHTML.slice(0, 60)} under ${hit?.outerHTML.slice(0, 60)}`);
    }
    scrollTo(0, 0);
    return { count: targets.length, bad };
  });
}

for (const lang of LOCALES) {
  test(`${lang}: the bottom bar holds 1899 and the exit, in reach, and covers nothing on the first screens nor the end of the page`, async ({
    browser,
  }) => {
    const { context, page } = await phone(browser, true);
    for (const [name, path] of Object.entries(TEMPLATES)) {
      const url = name === 'search' ? `/${lang}/search/?q=1899` : `/${lang}/${path}`;
      await page.goto(url);
      if (name === 'search') await expect(page.locator('.search-results li').first()).toBeVisible();
      const bar = page.locator('[data-action-bar]');
      const box = (await bar.boundingBox())!;
      expect(box.y + box.height, `${url}: the bar sits at the bottom`).toBeCloseTo(PHONE.height, 0);
      expect(box.width, url).toBe(PHONE.width);
      await expect(bar.locator('a[data-quick-exit]'), url).toBeInViewport({ ratio: 1 });
      if (name !== '404') {
        await expect(bar.locator('a[href="tel:1899"]'), url).toBeInViewport({ ratio: 1 });
        await expect(bar.locator('a[href="tel:1899"]'), url).toContainText(/\p{L}{3,}/u); // labelled in words
        // Icon, label and number are shown side by side, none drawn over another.
        const clashes = await bar.locator('a[href="tel:1899"]').evaluate((a) => {
          const boxes = ['svg', '.hotline-label', '.hotline-number'].map((s) => {
            const r = a.querySelector(s)!.getBoundingClientRect();
            return { s, r };
          });
          const out: string[] = boxes.filter(({ r }) => r.width <= 1).map(({ s }) => `${s} not shown`);
          for (const [i, { s, r }] of boxes.entries())
            for (const { s: s2, r: r2 } of boxes.slice(i + 1))
              if (
                r.left < r2.right - 0.5 &&
                r2.left < r.right - 0.5 &&
                r.top < r2.bottom - 0.5 &&
                r2.top < r.bottom - 0.5
              )
                out.push(`${s} over ${s2}`);
          return out;
        });
        expect(clashes, `${url}: the bar's hotline`).toEqual([]);
      }

      const { count, bad } = await covered(page);
      expect(count, `${url}: something to check`).toBeGreaterThan(0);
      expect(bad, url).toEqual([]);

      // At the very end the footer's last line is above the bar.
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      const last = page.locator(name === '404' ? 'main > :last-child' : 'footer .footer-privacy');
      const lastBox = (await last.boundingBox())!;
      const barTop = (await bar.boundingBox())!.y;
      expect(lastBox.y + lastBox.height, `${url}: the page's last line clears the bar`).toBeLessThanOrEqual(barTop);
    }
    await context.close();
  });
}

test('on wide screens the hotline and the exit stay in the header, and the full navigation shows without a Menu button', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ky/guides/');
  const header = (await page.locator('.site-header').boundingBox())!;
  for (const sel of ['a[data-quick-exit]', '.bar-actions a[href="tel:1899"]']) {
    const b = (await page.locator(sel).boundingBox())!;
    expect(b.y + b.height, sel).toBeLessThanOrEqual(header.y + header.height);
  }
  await expect(page.locator('[data-menu-toggle]')).toBeHidden();
  await expect(page.locator('.main-nav a')).toHaveCount(MAIN_SECTIONS.length);
  for (const a of await page.locator('.main-nav a').all()) await expect(a).toBeVisible();
  await expect(page.locator('#header-search-input')).toBeVisible();
  await context.close();
});

test('every page that has a CSP starts its <head> with the charset and then the policy', () => {
  const bad = builtPages()
    .filter(({ html }) => /http-equiv="content-security-policy"/.test(html))
    .filter(
      ({ html }) => !/<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="content-security-policy"/i.test(html),
    )
    .map((p) => p.url);
  expect(bad).toEqual([]);
});

test('the phone chrome has no WCAG 2.2 A/AA violation (axe), menu open and closed, on the chooser and the 404 page', async ({
  browser,
}) => {
  const { context, page } = await phone(browser, true);
  const check = async (what: string) => {
    expect(await axeViolations(page), what).toEqual([]);
  };
  await page.goto('/ky/guides/job-offer-check/');
  await check('closed');
  await page.locator('[data-menu-toggle]').click();
  await check('menu open');
  await page.goto('/?choose');
  await check('chooser');
  await page.goto('/ru/no-such-page/');
  await check('404');
  await context.close();
});

test('the big hotline button is as tall as its words: no empty line under "Ишеним телефону"', async ({ browser }) => {
  const { context, page } = await phone(browser, true);
  for (const url of ['/ky/help/', '/ru/help/', '/en/help/', '/ky/regions/naryn/']) {
    await page.goto(url);
    const gap = await page
      .locator('main .hotline--big .hotline-label')
      .first()
      .evaluate((label) => {
        // The words end at the last character that is not a space (a trailing space may wrap alone).
        const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        while (walker.nextNode()) if (/\S/.test(walker.currentNode.textContent!)) last = walker.currentNode as Text;
        const range = document.createRange();
        range.setStart(label, 0);
        range.setEnd(last!, last!.textContent!.trimEnd().length);
        const lines = [...range.getClientRects()];
        return label.getBoundingClientRect().bottom - Math.max(...lines.map((r) => r.bottom));
      });
    expect(gap, url).toBeLessThan(12); // a line is 36 px; the glyphs sit inside it
  }
  await context.close();
});

/**
 * Nothing on a page moves while it loads and its scripts start (Lighthouse's "cumulative layout
 * shift"): what a script adds or changes has its place from the first paint. Measured by the
 * browser's own layout-shift entries, on a phone, in every language (0.1 is "good"; we hold 0.01).
 */
for (const lang of LOCALES) {
  test(`${lang}: no template shifts its layout while it loads (self-check boxes, search suggestions…)`, async ({
    browser,
  }) => {
    const { context, page } = await phone(browser, true);
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: string[]; shift: number };
      w.shifts = [];
      w.shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        })[]) {
          if (e.hadRecentInput) continue;
          w.shift += e.value;
          w.shifts.push(e.sources.map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 60)).join(' | '));
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // Not the 404 page: one file serves every language and its script moves the address's language
    // first, a known shift (docs/performance.md); Lighthouse measures it at /404.html.
    for (const [name, path] of Object.entries(TEMPLATES).filter(([name]) => name !== '404')) {
      const url = `/${lang}/${path}`;
      await page.goto(url, { waitUntil: 'load' });
      // Module scripts run after load's paint; give them a few frames to act.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(300);
      const { shift, shifts } = await page.evaluate(() => {
        const w = window as unknown as { shifts: string[]; shift: number };
        return { shift: w.shift, shifts: w.shifts };
      });
      expect(shift, `${name} ${url}: ${shifts.join(' ; ')}`).toBeLessThan(0.01);
    }
    await context.close();
  });
}
