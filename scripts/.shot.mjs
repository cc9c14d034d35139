import { chromium } from 'playwright-core';
const [,, url, out, width='360'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: +width, height: 800 } });
await p.goto(url); await p.waitForTimeout(1500); await p.screenshot({ path: out, fullPage: true }); await b.close();
