import { expect, test, type Page } from '@playwright/test';

/**
 * Phones get lists, not wide tables (issue 19, item 4). On 360 × 740 the month grid (seven columns
 * do not fit) is not shown and neither is the switch to it; the list holds the same events and
 * starts within 1.5 screens: the reader reaches the first event with one swipe, even under
 * today's 225 px header. The map, filters and calendar feeds fold behind summaries that work
 * without JS. On a desktop the grid is shown, and no word is split to fit a cell.
 */
const PHONE = { width: 360, height: 740 };
const FIRST_EVENT_WITHIN = 1.5 * PHONE.height;

/** Elements in <main> that reach past the right edge of the viewport. */
const tooWide = (page: Page) =>
  page.locator('main').evaluate((main) => {
    const width = document.documentElement.clientWidth;
    return [...main.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`);
  });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a 360 px phone in Kyrgyz, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    for (const path of ['/ky/events/', '/ky/events/region/naryn/']) {
      test(`${path}: the list comes first, nothing is wider than the screen, no grid and no switch to it`, async ({
        page,
      }) => {
        await page.goto(path);
        expect(await tooWide(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        await expect(page.locator('#grid')).toBeHidden();
        await expect(page.locator('a[href="#grid"]')).toBeHidden();
        const first = page.locator('#list [data-event]').first();
        await expect(first).toBeVisible();
        const top = await first.evaluate((el) => el.getBoundingClientRect().top + scrollY);
        expect(top, `first event at ${top} px`).toBeLessThanOrEqual(FIRST_EVENT_WITHIN);
      });
    }

    test('filters and calendar feeds are one tap away, in plain words', async ({ page }) => {
      await page.goto('/ky/events/');
      const naryn = page.locator('a[data-filter-link="region:naryn"]');
      await expect(naryn).toBeHidden();
      await page.locator('summary', { hasText: 'Аймак же иш-чаранын түрү боюнча тандоо' }).click();
      await expect(naryn).toBeVisible();
      await expect(page.locator('[data-map-region="naryn"]')).toBeVisible();
      const subscribe = page.locator('a[href^="webcal:"]');
      await expect(subscribe).toBeHidden();
      await page.locator('summary', { hasText: 'Бардык иш-чараларды календарыма кошуу' }).click();
      await expect(subscribe).toBeVisible();
      await expect(subscribe).toHaveText('Календарь тиркемесинде жазылуу');
      await expect(page.locator('a[href="/calendar/ky/all.ics"]')).toBeVisible();
      expect(await tooWide(page)).toEqual([]);
    });
  });
}

test.describe('on a 1280 px screen', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const lang of ['ky', 'ru', 'en'] as const) {
    test(`${lang}: the month grid is shown, weekdays in two letters, no word split to fit a cell`, async ({ page }) => {
      await page.goto(`/${lang}/events/`);
      await expect(page.locator('#grid')).toBeVisible();
      await expect(page.locator('a[href="#grid"]')).toBeVisible();
      await expect(page.locator('a[data-filter-link="region:naryn"]')).toBeVisible();
      const days = await page.locator('table.month-grid').first().locator('thead th [aria-hidden]').allTextContents();
      expect(days).toEqual(
        {
          ky: ['Дш', 'Шш', 'Шр', 'Бш', 'Жм', 'Иш', 'Жк'],
          ru: ['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс'],
          en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
        }[lang],
      );
      const links = page.locator('table.month-grid td a');
      expect(await links.count()).toBeGreaterThan(0);
      // Every word of every event name fits the width its cell gives it.
      const split = await links.evaluateAll((els) =>
        els.flatMap((a) => {
          const width = a.getBoundingClientRect().width;
          // A line may break after the hyphen of a compound ("Форум-|театр"), never inside a word.
          return (a.textContent ?? '').split(/\s+|(?<=-)/).flatMap((word) => {
            const probe = document.createElement('span');
            probe.style.cssText = 'position:absolute;white-space:nowrap;visibility:hidden';
            probe.textContent = word;
            a.append(probe);
            const w = probe.getBoundingClientRect().width;
            probe.remove();
            return w > width + 0.5 || getComputedStyle(a).overflowWrap === 'anywhere'
              ? [`${word} (${w} > ${width})`]
              : [];
          });
        }),
      );
      expect(split).toEqual([]);
    });
  }
});
