/**
 * Issue 20, F1: no content can become markup or script. One build of the real content plus
 * tests/fixtures/hostile/ (markup and script in every text field of an event, a partner, a news
 * item, a guide and a self-check), served on its own port and opened in Chromium. Nothing may run,
 * the CSP <meta> must stay inside <head>, and readers must see the text exactly as written.
 */
import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, type BuildResult } from '../helpers/temp-build';
import { serveStatic } from '../helpers/static-server';

const PAYLOAD =
  '</script><script>window.pwned=1</script><img src=x onerror="document.documentElement.dataset.pwned=1">';
const PORT = Number(process.env.PORT ?? 4321) + 1;

// One build for the whole file: keep every test in one worker.
test.describe.configure({ mode: 'serial' });

let build: BuildResult;
let server: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  build = buildWithContent('hostile', (content) => rmSync(join(content, 'README.md')));
  expect(build.code, build.output).toBe(0);
  server = await serveStatic(build.outDir, PORT);
});
test.afterAll(async () => {
  await server?.close();
  build?.cleanup();
});

const DETAIL_PAGES = [
  { path: 'events/2026-12-20-zz-hostile/', texts: ['title', 'summary', 'venue', 'locality', 'name'] },
  { path: 'partners/zz-hostile/', texts: ['name', 'description', 'phone-label', 'partner-source'] },
  { path: 'news/2026-12-01-hostile/', texts: ['news-title', 'news-summary', 'news-source', 'tag'] },
  { path: 'guides/zz-hostile/', texts: ['guide-title', 'guide-summary', 'guide-source', 'name'] },
  { path: 'guides/zz-hostile-check/', texts: ['check-title', 'check-summary', 'item-1', 'item-2', 'check-source'] },
];
const LIST_PAGES = ['', 'events/', 'partners/', 'news/', 'guides/', 'regions/talas/'];

for (const lang of ['en', 'ru'] as const) {
  for (const path of [...DETAIL_PAGES.map((p) => p.path), ...LIST_PAGES]) {
    test(`/${lang}/${path}: nothing runs and the policy stays in <head>`, async ({ page }) => {
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));
      const response = await page.goto(`${server.url}/${lang}/${path}`);
      expect(response?.status()).toBe(200);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { pwned?: unknown }).pwned,
        marker: document.documentElement.dataset.pwned,
        injectedImages: document.querySelectorAll('img[src="x"]').length,
        cspInHead: document.head.querySelectorAll('meta[http-equiv="content-security-policy" i]').length,
        cspInBody: document.body.querySelectorAll('meta[http-equiv="content-security-policy" i]').length,
        inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length,
      }));
      expect(state).toEqual({
        pwned: undefined,
        marker: undefined,
        injectedImages: 0,
        cspInHead: 1,
        cspInBody: 0,
        inlineScripts: 0,
      });
      expect(messages.filter((m) => /Content Security Policy|outside the document/i.test(m))).toEqual([]);
      // Every JSON-LD block is valid JSON that gives back the text as written.
      for (const json of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        expect(() => JSON.parse(json)).not.toThrow();
      }
    });
  }
}

for (const { path, texts } of DETAIL_PAGES) {
  test(`/en/${path}: readers see the markup as text`, async ({ page }) => {
    await page.goto(`${server.url}/en/${path}`);
    await expect(page.locator('h1')).toContainText(PAYLOAD);
    // Collapsed parts (a guide's sources) are opened, as a reader would, before reading the text.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const body = await page.locator('body').innerText();
    for (const label of texts) expect(body, label).toContain(`${PAYLOAD} ${label}`);
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    if (path.startsWith('events/') || path.startsWith('news/')) {
      expect(ld).toHaveLength(1);
      const data = JSON.parse(ld[0]!) as { name?: string; headline?: string; organizer?: { name: string }[] };
      expect(data.name ?? data.headline).toMatch(new RegExp(`^${PAYLOAD.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} `));
      if (data.organizer) expect(data.organizer[0]!.name).toBe(`${PAYLOAD} name`);
    }
  });
}

test('the self-check shows a hostile item and its advice as text when ticked', async ({ page }) => {
  await page.goto(`${server.url}/en/guides/zz-hostile-check/`);
  await page.getByRole('checkbox').first().check();
  await expect(page.locator('body')).toContainText(`${PAYLOAD} advice-1`);
  expect(await page.evaluate(() => document.documentElement.dataset.pwned)).toBeUndefined();
});
