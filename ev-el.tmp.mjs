import { chromium } from '@playwright/test';
const [,, path, name, w, h, sel] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await (await browser.newContext({ viewport: { width: +w, height: +h } })).newPage();
await p.goto('http://127.0.0.1:4371' + path);
await p.locator(sel).first().screenshot({ path: `/tmp/shots-events/${name}.png` });
await browser.close();
