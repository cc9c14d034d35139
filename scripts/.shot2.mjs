import { chromium } from 'playwright-core';
const [,, url, out, width='360', y='0'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +width, height: 900 } });
await p.goto(url); await p.waitForTimeout(500); await p.evaluate((y) => scrollTo(0, y), +y); await p.screenshot({ path: out }); await b.close();
