/**
 * Issue 20, F2: a self-check leaves nothing behind. After ticking, leaving and coming Back, no box
 * is ticked and the outcome matches, whether the browser restores the page from its back/forward
 * cache or reloads it (then Blink's form-state restoration would tick the boxes again).
 * Also issue 19 item 5: the result speaks to the reader in a sentence with the right plural.
 */
import { chromium, expect, test, type Page } from '@playwright/test';

const CHECK = '/en/guides/job-offer-check/';

async function tickLeaveAndComeBack(page: Page, baseURL: string) {
  await page.goto(`${baseURL}${CHECK}`);
  await page.evaluate(() => ((window as unknown as { stayedAlive: boolean }).stayedAlive = true));
  for (const i of [0, 2, 4]) await page.getByRole('checkbox').nth(i).check();
  await expect(page.locator('.check-verdict')).toHaveText('3 warning signs: stop and check before you agree.');
  await page.goto(`${baseURL}/en/help/`);
  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(new RegExp(`${CHECK}$`));
  await page.locator('.check-status').waitFor();
  return page.evaluate(() => (window as unknown as { stayedAlive?: boolean }).stayedAlive === true);
}

async function expectNothingTicked(page: Page) {
  const total = await page.locator('.check-items > li').count();
  await expect(page.locator('.check-items input:checked')).toHaveCount(0);
  await expect(page.locator('.check-status')).toHaveText(`Ticked: 0 of ${total}.`);
  await expect(page.locator('.check-verdict')).toHaveText('None of these warning signs fits.');
  await expect(page.locator('[data-outcome="clear"]')).toBeVisible();
  await expect(page.locator('[data-outcome="flagged"]')).toBeHidden();
  await expect(page.locator('.check-advice:visible')).toHaveCount(0);
  await expect(page.locator('.check-items input[autocomplete="off"]')).toHaveCount(total);
}

test('with the back/forward cache: Back shows the page with nothing ticked', async ({ baseURL }, testInfo) => {
  // Playwright starts Chromium with --disable-back-forward-cache; a reader's browser has it on.
  const browser = await chromium.launch({
    ...testInfo.project.use.launchOptions,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  try {
    const page = await browser.newPage();
    const fromCache = await tickLeaveAndComeBack(page, baseURL!);
    expect(fromCache, 'the page came back from the back/forward cache').toBe(true);
    await expectNothingTicked(page);
  } finally {
    await browser.close();
  }
});

test('without the back/forward cache: the browser does not restore the ticks', async ({ baseURL }, testInfo) => {
  const browser = await chromium.launch({
    ...testInfo.project.use.launchOptions,
    args: ['--disable-features=BackForwardCache'],
  });
  try {
    const page = await browser.newPage();
    const fromCache = await tickLeaveAndComeBack(page, baseURL!);
    expect(fromCache, 'the page was loaded again').toBe(false);
    await expectNothingTicked(page);
  } finally {
    await browser.close();
  }
});

test('the result is a sentence with the count, in the reader language and its plural', async ({ page }) => {
  const cases = [
    {
      path: '/ru/guides/job-offer-check/',
      tick: 2,
      text: '2 тревожных признака: остановитесь и всё проверьте, прежде чем соглашаться.',
    },
    {
      path: '/ru/guides/job-offer-check/',
      tick: 1,
      text: '1 тревожный признак: остановитесь и всё проверьте, прежде чем соглашаться.',
    },
    {
      path: '/ky/guides/job-offer-check/',
      tick: 1,
      text: '1 коркунуч белгиси: макул болордон мурун токтоп, баарын текшериңиз.',
    },
    { path: '/en/guides/job-offer-check/', tick: 1, text: '1 warning sign: stop and check before you agree.' },
  ];
  for (const c of cases) {
    await page.goto(c.path);
    for (let i = 0; i < c.tick; i++) await page.getByRole('checkbox').nth(i).check();
    await expect(page.locator('.check-verdict')).toHaveText(c.text);
  }
  await page.goto('/en/guides/before-you-go/');
  const total = await page.getByRole('checkbox').count();
  await expect(page.locator('.check-verdict')).toHaveText(`${total} steps still to do: do them before you leave.`);
  for (let i = 0; i < total - 1; i++) await page.getByRole('checkbox').nth(i).check();
  await expect(page.locator('.check-verdict')).toHaveText('1 step still to do: do it before you leave.');
  await page
    .getByRole('checkbox')
    .nth(total - 1)
    .check();
  await expect(page.locator('.check-verdict')).toHaveText('All steps done.');
  // At least body size: the sentence is not the small print.
  const sizes = await page.evaluate(() => [
    parseFloat(getComputedStyle(document.querySelector('.check-verdict')!).fontSize),
    parseFloat(getComputedStyle(document.body).fontSize),
  ]);
  expect(sizes[0]).toBeGreaterThanOrEqual(sizes[1]!);
});
