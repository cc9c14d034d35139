// Screenshots of built pages as a reader sees them, for a look before committing:
//   npm run preview &   then   node scripts/screenshot.mjs /en/press/ [css-selector] [width]
// Writes PNGs to /tmp/shots/ (full page, or the first element matching the selector).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [, , path = '/ky/', selector, width = '360'] = process.argv;
const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`http://127.0.0.1:${process.env.PORT ?? 4321}${path}`);
// Lazy images load only once scrolled to.
for (const img of await page.locator('img').all()) await img.scrollIntoViewIfNeeded();
mkdirSync('/tmp/shots', { recursive: true });
const name = `/tmp/shots/${path.replace(/\W+/g, '_')}${selector ? selector.replace(/\W+/g, '_') : ''}-${width}.png`;
if (selector) await page.locator(selector).first().screenshot({ path: name });
else await page.screenshot({ path: name, fullPage: true });
console.log(name);
await browser.close();
