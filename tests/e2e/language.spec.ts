import { expect, test } from '@playwright/test';

test.describe('glossary from content/glossary.yaml', () => {
  for (const [lang, main, definition] of [
    ['ky', 'мажбурлап нике кыюу', 'Бир же эки тарап'],
    ['ru', 'принудительный брак', 'Брак, на который'],
    ['en', 'forced marriage', 'A marriage that one'],
  ] as const) {
    test(`/${lang}/glossary/ shows each term in three languages, the definition in ${lang} and the forms to avoid`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/glossary/`);
      const term = page.locator('[data-term="forced-marriage"]');
      await expect(term.locator('.glossary-main')).toHaveText(new RegExp(main));
      await expect(term.locator('dt [lang=ky]')).toContainText('мажбурлап нике кыюу');
      await expect(term.locator('dt [lang=ru]')).toContainText('принудительный брак');
      await expect(term.locator('dt [lang=en]')).toContainText('forced marriage');
      await expect(term.locator('dd')).toContainText(definition);
      await expect(term.locator('.glossary-avoid s')).toContainText(['нике кыйуу', 'никелендирүү']);
    });
  }
});

test.describe("partner badges in the page's script", () => {
  for (const [lang, acronym] of [
    ['ky', 'ЭМУ'],
    ['ru', 'МОМ'],
    ['en', 'IOM'],
  ] as const) {
    test(`IOM is ${acronym} on /${lang}/, next to its name`, async ({ page }) => {
      await page.goto(`/${lang}/partners/`);
      const card = page.locator('[data-partner="iom"]');
      await expect(card.locator('[data-monogram]')).toHaveAttribute('data-monogram', acronym);
      await expect(card.getByRole('link')).toContainText(`(${acronym})`);
      await page.goto(`/${lang}/partners/iom/`);
      await expect(page.locator('h1')).toContainText(`(${acronym})`);
    });
  }
  test('no badge on a Kyrgyz or Russian page shows Latin initials cut from an English name', async ({ page }) => {
    for (const lang of ['ky', 'ru']) {
      await page.goto(`/${lang}/partners/`);
      const badges = await page
        .locator('[data-monogram]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-monogram') ?? ''));
      expect(badges.length).toBeGreaterThan(20);
      // Latin only where it is the organisation's own Latin name (UNODC on ky, GLO.ACT).
      expect(
        badges.filter((b) => /[A-Za-z]/.test(b) && !['UNODC', 'GLO.ACT'].includes(b)),
        lang,
      ).toEqual([]);
      expect(badges).not.toContain('SM');
      expect(badges).not.toContain('UNICE');
    }
    await page.goto('/ky/partners/');
    await expect(page.locator('[data-partner="unicef"] [data-monogram]')).toHaveAttribute('data-monogram', 'ЮНИСЕФ');
    await expect(page.locator('[data-partner="solidarity-center"] [data-monogram]')).toHaveAttribute(
      'data-monogram',
      '',
    );
  });
});

test.describe('sources: described in the reader’s language, named as published', () => {
  for (const [lang, described, named] of [
    ['ky', '«Кабар» агенттиги, 2017 (кампаниянын жыйынтыктоочу конференциясы)', 'ILO, Profits and Poverty, 2024'],
    ['ru', '«Кабар», 2017 (итоговая конференция кампании)', 'ILO, Profits and Poverty, 2024'],
  ] as const) {
    test(`/${lang}/press/ and /${lang}/campaigns/2017/`, async ({ page }) => {
      await page.goto(`/${lang}/press/`);
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const cells = page.locator('.fact-source');
      await expect(cells.filter({ hasText: described }).first()).toBeVisible();
      // No English description is left on the page; an English publication title is marked as English.
      await expect(cells.filter({ hasText: 'final conference' })).toHaveCount(0);
      await expect(cells.locator('span[lang="en"]', { hasText: named }).first()).toBeAttached();
      await page.goto(`/${lang}/campaigns/2017/`);
      await expect(page.locator('main')).toContainText(described);
      await expect(page.locator('main')).not.toContainText('final conference');
    });
  }
});
