/**
 * A <meta> CSP governs only what the parser meets after it, and is ignored outside <head>. So on
 * every built page nothing that comes from content may precede it: no <script> of any type
 * (JSON-LD is rendered in the body) sits in <head> before the policy. Issue 20, F1.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../helpers/dist';

test('on every page the CSP meta is in <head> and no script element comes before it', () => {
  const bad: string[] = [];
  let checked = 0;
  for (const { url, html } of builtPages()) {
    const head = html.slice(0, html.indexOf('</head>'));
    const csp = head.search(/<meta http-equiv="content-security-policy"/i);
    if (csp < 0) {
      // Redirect pages written by Astro itself carry no policy and no content.
      if (/<meta http-equiv="refresh"/i.test(html) && !/<script/i.test(html)) continue;
      bad.push(`${url}: no CSP meta in <head>`);
      continue;
    }
    checked++;
    if (/<script/i.test(head.slice(0, csp))) bad.push(`${url}: a <script> precedes the CSP meta`);
  }
  expect(bad).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});
