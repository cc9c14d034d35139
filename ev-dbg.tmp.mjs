import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await (await browser.newContext({ viewport: { width: 640, height: 800 } })).newPage();
await p.goto('http://127.0.0.1:4371/ky/events/');
await p.evaluate(() => { document.documentElement.style.fontSize = `200%`; });
console.log(await p.evaluate(() => {
  const doc = document.documentElement;
  return [...document.querySelectorAll('body *')].filter((el) => { for (let a = el.parentElement; a; a = a.parentElement) if (/auto|scroll/.test(getComputedStyle(a).overflowX)) return false; return el.getBoundingClientRect().right > doc.clientWidth + 1}).slice(0, 8).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)} ${el.textContent.slice(0,30)}`);
}));
await browser.close();
