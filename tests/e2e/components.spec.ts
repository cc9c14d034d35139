/**
 * One component system and phone-friendly lists (issue #19, parts 3 and 4), in the built site:
 * whole-card tap targets, breadcrumbs that are links, one badge, the press terms as a stacked list
 * at 360 px, contents at the top of long pages, and <details> parts that work by keyboard and without JS.
 */
import { expect, test, type Page } from '@playwright/test';

const CARD_PAGES = ['/ky/', '/ky/guides/', '/ky/news/', '/ky/partners/', '/ky/regions/naryn/', '/ky/campaigns/'];

test.describe('cards', () => {
  for (const url of CARD_PAGES) {
    test(`a tap on a card outside its title opens the card's page: ${url}`, async ({ page }) => {
      await page.goto(url);
      const card = page
        .locator('.card:visible')
        .filter({ has: page.locator('.card__body > p') })
        .first();
      await expect(card.locator('a')).toHaveCount(1); // one link per card for screen readers
      const href = await card.locator('.card__link').getAttribute('href');
      expect(href).toBeTruthy();
      const text = card.locator('.card__body > p').last();
      await text.scrollIntoViewIfNeeded();
      const box = (await text.boundingBox())!;
      // Click the description, away from the title link.
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL((u) => u.pathname === href);
      expect(new URL(page.url()).pathname).toBe(href);
    });
  }
});

test('every breadcrumb item except the current page is a link that resolves', async ({ page, request }) => {
  const urls = [
    '/ky/guides/fake-job-offers/',
    '/ky/news/2022-07-26-press-cafe/',
    '/ky/partners/iom/',
    '/ru/regions/naryn/',
    '/en/campaigns/2018/',
  ];
  for (const url of urls) {
    await page.goto(url);
    const items = page.locator('nav.breadcrumbs li');
    const n = await items.count();
    expect(n, url).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < n; i++) {
      const item = items.nth(i);
      if ((await item.getAttribute('aria-current')) === 'page') continue;
      const href = await item.locator('a').getAttribute('href');
      expect(href, `${url} breadcrumb ${i}`).toBeTruthy();
      const res = await request.get(href!.split('#')[0]!);
      expect(res.status(), `${url} → ${href}`).toBe(200);
      if (href!.includes('#')) expect(await res.text()).toContain(`id="${href!.split('#')[1]}"`);
    }
  }
});

test('badges share one class and one computed style across page types, and stay inline chips', async ({ page }) => {
  const urls = ['/ky/', '/ky/events/', '/ky/partners/', '/ky/press/', '/ky/regions/naryn/'];
  const styles = new Set<string>();
  let seen = 0;
  for (const url of urls) {
    await page.goto(url);
    const found = await page.locator('span.badge:visible').evaluateAll((els) =>
      els.map((el) => {
        const s = getComputedStyle(el);
        return {
          cls: el.className,
          width: el.getBoundingClientRect().width,
          parent: el.parentElement!.getBoundingClientRect().width,
          // display is left out: a flex or grid item is blockified by its parent, yet still sized as a chip (width below).
          style: [
            s.fontSize,
            s.fontWeight,
            s.paddingTop,
            s.paddingLeft,
            s.borderRadius,
            s.borderTopWidth,
            s.backgroundColor,
            s.color,
          ].join('|'),
        };
      }),
    );
    for (const b of found) {
      seen++;
      expect(b.cls.split(/\s+/)[0], url).toBe('badge');
      expect(b.width, `${url}: a chip, not a bar`).toBeLessThan(Math.min(200, b.parent));
      styles.add(b.style);
    }
  }
  expect(seen).toBeGreaterThan(3);
  expect([...styles]).toHaveLength(1);
});

async function cutText(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const problems: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.trim()) continue;
      const el = node.parentElement!;
      if (el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary), thead, caption')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.right > vw + 0.5 || r.left < -0.5)
          problems.push(`off screen: "${node.textContent!.trim().slice(0, 40)}" ${r.left}-${r.right}`);
        for (let a = el; a && a !== document.body; a = a.parentElement!) {
          const s = getComputedStyle(a);
          if (s.overflowX !== 'visible') {
            const box = a.getBoundingClientRect();
            if (r.right > box.right + 0.5)
              problems.push(`clipped by <${a.tagName}>: "${node.textContent!.trim().slice(0, 40)}"`);
          }
        }
      }
    }
    return problems;
  });
}

test.describe('press room at 360 × 740', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const lang of ['ky', 'ru']) {
    test(`${lang}: the terms list fits the screen and no text is cut`, async ({ page }) => {
      await page.goto(`/${lang}/press/`);
      const terms = page.locator('#press-guidance table');
      await expect(terms).toBeVisible();
      const overflow = await terms.evaluate((list) => {
        const vw = document.documentElement.clientWidth;
        return [list, ...list.querySelectorAll('tbody tr, tbody td')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > vw + 0.5)
          .map((el) => `${el.tagName} ${el.textContent!.slice(0, 30)}`);
      });
      expect(overflow).toEqual([]);
      // Stacked: the meaning sits under its term, not beside it.
      const [term, meaning] = await terms
        .locator('tbody tr')
        .first()
        .locator('td')
        .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
      expect(meaning!.top).toBeGreaterThanOrEqual(term!.bottom - 1);
      expect(await cutText(page)).toEqual([]);
    });
  }
});

test.describe('contents and collapsible parts', () => {
  for (const url of ['/ky/guides/fake-job-offers/', '/ky/press/', '/ru/press/']) {
    test(`${url}: contents at the top link to headings`, async ({ page }) => {
      await page.goto(url);
      const links = page.locator('main :is(nav.contents, nav.toc) a');
      const n = await links.count();
      expect(n).toBeGreaterThanOrEqual(2);
      const h1 = (await page.locator('h1').boundingBox())!;
      expect((await links.first().boundingBox())!.y).toBeLessThan(h1.y + 900);
      for (let i = 0; i < n; i++) {
        const id = (await links.nth(i).getAttribute('href'))!.replace(/^#/, '');
        const target = page.locator(`[id="${id}"]`);
        await expect(target, id).toHaveCount(1);
        // The target is a heading, or a section that opens with one (its first heading is near its top).
        const isHeading = await target.evaluate((el) => {
          if (/^H[1-6]$/.test(el.tagName)) return true;
          const h = el.querySelector('h2, h3');
          return !!h && h.getBoundingClientRect().top - el.getBoundingClientRect().top < 250;
        });
        expect(isHeading, id).toBe(true);
      }
    });
  }

  test('details parts open with the keyboard', async ({ page }) => {
    for (const url of ['/ky/guides/fake-job-offers/', '/ky/press/']) {
      await page.goto(url);
      const all = page.locator('main details.collapsible');
      const i = await all.evaluateAll((els) => els.findIndex((el) => !(el as HTMLDetailsElement).open));
      expect(i, url).toBeGreaterThanOrEqual(0);
      const details = all.nth(i);
      await details.locator('summary').focus();
      await expect(details.locator('summary')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(details).toHaveAttribute('open', '');
      await page.keyboard.press('Space');
      await expect(details).not.toHaveAttribute('open', '');
    }
  });

  test('details parts work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const url of ['/ky/guides/fake-job-offers/', '/ru/press/']) {
      await page.goto(url);
      const all = page.locator('main details.collapsible');
      const i = await all.evaluateAll((els) => els.findIndex((el) => !(el as HTMLDetailsElement).open));
      const details = all.nth(i);
      const inside = details.locator(':scope > :not(summary)').first();
      await expect(inside).toBeHidden();
      await details.locator('summary').click();
      await expect(inside).toBeVisible();
    }
    await context.close();
  });
});
