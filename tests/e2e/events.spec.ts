import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

const parse = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

test.describe('events calendar', () => {
  test('without JavaScript: region and type filters are links, and the page says "as of" the build date', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ru/events/');
    await expect(page.locator('[data-as-of]')).toContainText('по состоянию на');
    await page.locator('a[data-filter-link="region:naryn"]').click();
    await expect(page).toHaveURL(/\/ru\/events\/region\/naryn\/$/);
    const visible = page.locator('#list [data-event]:visible');
    expect(await visible.count()).toBeGreaterThanOrEqual(2);
    for (const region of await visible.evaluateAll((els) => els.map((e) => e.getAttribute('data-region'))))
      expect(region).toBe('naryn');
    await page.goto('/en/events/type/quiz/');
    for (const type of await page
      .locator('#list [data-event]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-type'))))
      expect(type).toBe('quiz');
    await context.close();
  });

  test('with JavaScript a filter applies at once and keeps its address', async ({ page }) => {
    await page.goto('/en/events/');
    await page.locator('a[data-filter-link="region:osh-city"]').click();
    await expect(page).toHaveURL(/\/en\/events\/region\/osh-city\/$/);
    await expect(page.locator('h1')).toHaveText('Events: Osh (city)');
    const regions = await page
      .locator('#list [data-event]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-region')));
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions)).toEqual(new Set(['osh-city']));
    await page.goBack();
    await expect(page.locator('h1')).toHaveText('Events');
  });

  test("upcoming and past follow the reader's clock, not the build date", async ({ page }) => {
    await page.clock.setFixedTime(new Date('2027-01-01T12:00:00+06:00'));
    await page.goto('/en/events/');
    const upcoming = page.locator('[data-upcoming] [data-event]');
    const past = page.locator('[data-past] [data-event]');
    await expect(upcoming.first()).toBeVisible();
    for (const last of await upcoming.evaluateAll((els) => els.map((e) => e.getAttribute('data-last'))))
      expect(last! >= '2027-01-01').toBe(true);
    for (const last of await past.evaluateAll((els) => els.map((e) => e.getAttribute('data-last'))))
      expect(last! < '2027-01-01').toBe(true);
    await expect(past.first()).toHaveAttribute('data-last', /^2026-12/);
    await expect(page.locator('[data-as-of]')).toContainText('as of today, January 1, 2027');
    await page.goto('/ky/events/');
    await expect(page.locator('[data-as-of]')).toContainText('2027-ж., 1-январь');
    await expect(page.locator('[data-upcoming] h3').first()).toHaveText('2027-ж., январь');
    await page.clock.setFixedTime(new Date('2030-01-01T12:00:00+06:00'));
    await page.reload();
    await expect(upcoming).toHaveCount(0);
  });

  test("the map links every region to its calendar, named in the reader's language with its count", async ({
    page,
  }) => {
    for (const [lang, name] of [
      ['ky', 'Нарын облусу'],
      ['ru', 'Нарынская область'],
      ['en', 'Naryn Oblast'],
    ] as const) {
      await page.goto(`/${lang}/events/`);
      await expect(page.locator('[data-map-region]')).toHaveCount(9);
      const naryn = page.locator('[data-map-region="naryn"]');
      await expect(naryn).toHaveAttribute('aria-label', new RegExp(` — ${name}: \\D*\\d+ \\S+`));
      await naryn.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/regions/naryn/$`));
    }
  });

  test('the month grid is a table a keyboard can walk, with events as links', async ({ page }) => {
    await page.goto('/ru/events/#grid');
    const grid = page.locator('table.month-grid').first();
    await expect(grid.locator('caption')).toBeVisible();
    await expect(grid.locator('th[scope=col]')).toHaveCount(7);
    const link = page.locator('table.month-grid td a').first();
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ru\/events\/[^/]+\/$/);
  });
});

test.describe('iCalendar', () => {
  for (const lang of ['ky', 'ru', 'en']) {
    test(`/calendar/${lang}/ feeds parse and hold the expected events`, async ({ request }) => {
      const all = await request.get(`/calendar/${lang}/all.ics`);
      expect(all.headers()['content-type']).toContain('text/calendar');
      const body = await all.text();
      expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
      for (const line of body.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      const events = parse(body);
      expect(events.length).toBeGreaterThanOrEqual(18);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      const naryn = parse(await (await request.get(`/calendar/${lang}/naryn.ics`)).text());
      expect(naryn.map((e) => e.uid).sort()).toEqual([
        '2026-11-27-naryn-quiz@100days.example.org',
        '2026-12-16-naryn-field-trip@100days.example.org',
      ]);
      const quiz = naryn.find((e) => e.uid.startsWith('2026-11-27'))!;
      expect(quiz.startDate.toString()).toBe('2026-11-27T17:00:00');
      expect(quiz.location).toContain(lang === 'en' ? 'Naryn' : 'Нарын');
    });
  }

  test('an upcoming event page offers its .ics, with schema.org Event JSON-LD at +06:00; an example says so in words', async ({
    page,
    request,
  }) => {
    await page.goto('/ky/events/2027-04-18-chuy-bicycle-marathon/');
    await expect(page.locator('[data-example-label]')).toBeVisible();
    await expect(page.locator('[data-event-passed]')).toHaveCount(0);
    const href = await page.locator('a[download]').getAttribute('href');
    expect(href).toBe('/ky/events/2027-04-18-chuy-bicycle-marathon.ics');
    const body = await (await request.get(href!)).text();
    const [event] = parse(body);
    expect(event!.summary).toMatch(/^Мисал: /);
    expect(event!.summary).not.toContain('*');
    const stamp = /DTSTAMP:(\d{8}T\d{6}Z)/.exec(body)![1]!;
    const compactNow = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
    expect(stamp <= compactNow, `DTSTAMP ${stamp} is in the future`).toBe(true);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('Event');
    expect(ld.startDate).toMatch(/^2027-04-18/);
  });

  test('a past event page says it has passed and offers no "add to calendar"', async ({ page }) => {
    await page.goto('/ru/events/2018-12-14-final-conference/');
    await expect(page.locator('[data-event-passed]')).toHaveText('Это мероприятие уже прошло.');
    await expect(page.locator('a[download$=".ics"]')).toHaveCount(0);
  });

  test('the events page offers webcal and https subscriptions', async ({ page }) => {
    await page.goto('/en/events/region/talas/');
    await expect(page.locator('a[href^="webcal://"][href$="/calendar/en/talas.ics"]')).toBeVisible();
    await expect(page.locator('a[href="/calendar/en/talas.ics"]')).toBeVisible();
  });
});

test.describe('past events by year', () => {
  test("the calendar holds only upcoming and last year's events; every older event is on its year's archive page", async ({
    page,
    request,
  }) => {
    const { readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const ids = readdirSync(join(import.meta.dirname, '../../content/events'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.replace(/\.yaml$/, ''));
    await page.goto('/en/events/');
    const today = (await page.locator('[data-events-root]').getAttribute('data-today'))!;
    const since = new Date(Date.parse(`${today}T00:00:00Z`) - 366 * 86_400_000).toISOString().slice(0, 10);
    const onCalendar = await page
      .locator('#list [data-event]')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-event')!, e.getAttribute('data-last')!] as const));
    for (const [id, last] of onCalendar) expect(last >= since, `${id} ends ${last}, before ${since}`).toBe(true);
    const years = await page
      .locator('[data-archive-year]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-archive-year')!));
    expect(years.length).toBeGreaterThanOrEqual(1);
    const archived = new Set<string>();
    for (const year of years) {
      await page.goto(`/en/events/archive/${year}/`);
      await expect(page.locator('h1')).toContainText(year);
      for (const id of await page
        .locator('[data-event]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-event')!))) {
        expect(id.startsWith(year), `${id} on the ${year} page`).toBe(true);
        archived.add(id);
      }
    }
    const shown = new Set(onCalendar.map(([id]) => id));
    expect(
      ids.filter((id) => !shown.has(id) && !archived.has(id)),
      'every event is reachable',
    ).toEqual([]);
    // Feeds reach back no further than the calendar page.
    const feed = parse(await (await request.get('/calendar/en/all.ics')).text());
    for (const event of feed) expect(event.endDate.toJSDate().toISOString().slice(0, 10) >= since).toBe(true);
  });
});
