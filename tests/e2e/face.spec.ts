/**
 * Issue 19 item 5, a face and a voice: the home page leads with the campaign's message and two
 * actions on the first phone screen; drawn illustrations on home, the guides list and the media kit;
 * the self-check's result is a tinted panel that speaks to the reader.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../helpers/dist';

const LANGS = ['ky', 'ru', 'en'] as const;
const SITE_NAME = {
  ky: 'Адам сатууга каршы 100 күн',
  ru: '100 дней против торговли людьми',
  en: '100 days against trafficking in persons',
};
const MESSAGE = {
  ky: 'Чет өлкөдө жумуш сунушталдыбы? Адегенде текшериңиз.',
  ru: 'Предложили работу за границей? Сначала проверьте.',
  en: 'Offered a job abroad? Check it first.',
};
/** The header may take up to this much of the phone's first screen (issue 19 item 1: h1 within 160 px). */
const H1_TOP = 160;

for (const lang of LANGS) {
  test(`/${lang}/ leads with the campaign's message and both actions fit the first phone screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${lang}/`);
    const h1 = page.locator('main h1');
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveText(MESSAGE[lang]);
    await expect(h1).not.toContainText(SITE_NAME[lang]);
    const call = page.locator('main .hero a[href="tel:1899"]');
    const check = page.locator(`main .hero a[href="/${lang}/guides/job-offer-check/"]`);
    await expect(call).toBeVisible();
    await expect(check).toBeVisible();
    // Whatever the header's height, from the h1 to the second action fits the screen below a 160 px start.
    const [top, bottom] = await Promise.all([h1.boundingBox(), check.boundingBox()]);
    expect(bottom!.y + bottom!.height - top!.y).toBeLessThanOrEqual(740 - H1_TOP);
    // Both actions are real tap targets.
    for (const a of [call, check]) expect((await a.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    // The link leads to the self-check.
    await check.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/guides/job-offer-check/$`));
  });
}

for (const width of [360, 800, 1280]) {
  test(`at ${width} px the message's words stay in their column, clear of the illustration, in every language`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of LANGS) {
      await page.goto(`/${lang}/`);
      const h1 = page.locator('main h1');
      // No word runs out of the heading's box (a long Kyrgyz word did, into the drawing at 1280 px)...
      const overflow = await h1.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(overflow, `${lang}: the heading's words fit its width`).toBeLessThanOrEqual(0);
      // ...and the box itself does not reach the drawing.
      const [text, art] = await Promise.all([h1.boundingBox(), page.locator('main .hero-illo').boundingBox()]);
      const apart =
        text!.x + text!.width <= art!.x ||
        art!.x + art!.width <= text!.x ||
        text!.y + text!.height <= art!.y ||
        art!.y + art!.height <= text!.y;
      expect(apart, `${lang}: the heading and the drawing do not overlap`).toBe(true);
    }
  });
}

test('the illustrations are drawn inline, decorative, without words to translate, and small', () => {
  const pages = { '/ky/': '.hero', '/ky/guides/': '.intro', '/ky/press/': '#media-kit' };
  for (const [url, scope] of Object.entries(pages)) {
    const html = readFileSync(join(DIST, url, 'index.html'), 'utf8');
    const svgs = [...html.matchAll(/<svg\b[^>]*class="[^"]*\billo\b[^"]*"[^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(svgs, `${url} (${scope})`).toHaveLength(1);
    const svg = svgs[0]!;
    expect(svg).toMatch(/aria-hidden="true"/);
    expect(svg).not.toMatch(/<(text|image|foreignObject)\b/);
    expect(svg).not.toMatch(/href=/);
    expect(gzipSync(svg).length, `${url}: illustration compressed`).toBeLessThan(1536);
  }
});

test('the self-check result is a tinted panel at least body size, amber when signs are ticked (ky, 360 px)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/ky/guides/job-offer-check/');
  for (const i of [0, 4, 6]) await page.getByRole('checkbox').nth(i).check();
  const verdict = page.locator('.check-verdict');
  await expect(verdict).toHaveText(/^3 коркунуч белгиси/);
  await expect(verdict).toHaveAttribute('data-state', 'flagged');
  const look = await verdict.evaluate((el) => {
    const s = getComputedStyle(el);
    const panel = getComputedStyle(el.closest('.check-result')!);
    return {
      size: parseFloat(s.fontSize),
      body: parseFloat(getComputedStyle(document.body).fontSize),
      weight: Number(s.fontWeight),
      background: s.backgroundColor,
      panel: panel.backgroundColor,
      color: s.color,
      muted: getComputedStyle(document.documentElement).getPropertyValue('--muted'),
    };
  });
  expect(look.size).toBeGreaterThanOrEqual(look.body);
  expect(look.weight).toBeGreaterThanOrEqual(700);
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(look.background).not.toBe(look.panel);
  // Advice under a ticked sign is at body size too, not small grey print.
  const advice = page.locator('#item-1-advice');
  await expect(advice).toBeVisible();
  const adviceSize = await advice.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(adviceSize).toBeGreaterThanOrEqual(look.body);
  // Untick all: the panel says so and is no longer amber.
  await page.locator('.check-reset').click();
  await expect(verdict).toHaveAttribute('data-state', 'clear');
  expect(await verdict.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(look.background);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the ticked self-check keeps AA contrast in the ${colorScheme} scheme (ky)`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    await page.goto('/ky/guides/job-offer-check/');
    for (const i of [0, 4, 6]) await page.getByRole('checkbox').nth(i).check();
    const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
    const bad = results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`));
    expect(bad, bad.join('\n')).toEqual([]);
  });
}
