import { chromium } from '@playwright/test';
const [,, path, name, w = '360', h = '740', js = '1', n = '3', open = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, javaScriptEnabled: js === '1' });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4371' + path);
if (open) for (const s of await p.locator('details.phone-disclosure').all()) await s.evaluate((d) => (d.open = true));
for (let i = 0; i < +n; i++) await p.screenshot({ path: `/tmp/shots-events/${name}-s${i}.png`, fullPage: true, clip: { x: 0, y: i * +h, width: +w, height: +h } });
await browser.close();
