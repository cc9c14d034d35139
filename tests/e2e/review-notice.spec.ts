/**
 * A text marked `translation: needs-review` tells readers so, at the end of the entry, and is listed
 * on the editors' status page. Every Kyrgyz text has been read and unflagged, so this is proven on a
 * build of the real content with one page flagged again (the Kyrgyz staying-safe page), served on its
 * own port.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent, type BuildResult } from '../helpers/temp-build';
import { serveStatic } from '../helpers/static-server';

const PORT = Number(process.env.PORT ?? 4321) + 2;
const FLAGGED = 'pages/safety/ky.mdx';

test.describe.configure({ mode: 'serial' });

let build: BuildResult;
let server: Awaited<ReturnType<typeof serveStatic>>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  build = buildWithContent(null, (content) => {
    const file = join(content, FLAGGED);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\ntranslation: needs-review\n'));
  });
  expect(build.code, build.output).toBe(0);
  server = await serveStatic(build.outDir, PORT);
});
test.afterAll(async () => {
  await server?.close();
  build?.cleanup();
});

test('the review notice comes after the text and every hotline link, and is not printed', async ({ page }) => {
  await page.goto(`${server.url}/ky/safety/`);
  const notice = page.locator('[data-needs-review]');
  await expect(notice).toHaveCount(1);
  const order = await page.evaluate(() => {
    const notice = document.querySelector('[data-needs-review]')!;
    const after = (el: Element) => !!(el.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING);
    const text = [...document.querySelectorAll('main p, main li')].filter(
      (el) => !el.hasAttribute('data-needs-review'),
    );
    const inMain = [...document.querySelectorAll('main a[href^="tel:"]')];
    return { afterText: text.every(after), afterHotline: inMain.every(after) };
  });
  expect(order).toEqual({ afterText: true, afterHotline: true });
  await page.emulateMedia({ media: 'print' });
  await expect(notice).toBeHidden();
  // The same page in the other languages is not flagged.
  await page.goto(`${server.url}/ru/safety/`);
  await expect(page.locator('[data-needs-review]')).toHaveCount(0);
});

test("the editors' status page lists the flagged text", async ({ page }) => {
  await page.goto(`${server.url}/status/`);
  await expect(page.locator('[data-status-problems] li[data-state=needs-review]', { hasText: FLAGGED })).toHaveCount(1);
});
