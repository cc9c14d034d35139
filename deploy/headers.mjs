// The one table of what each host sends. public/_headers (Cloudflare Pages) and deploy/nginx.conf are
// generated from it by `npm run headers` (deploy/generate-headers.mjs); tests/unit/host-headers.test.ts
// fails when a committed file differs from what this table gives, and tests/e2e/hosts.spec.ts checks
// the headers nginx and `wrangler pages dev` actually send against EXPECTED below. See docs/deploy.md.

import { LOCALES } from '../src/config/site.mjs';

/** The page policy, sent as a header and written as the first <meta> of every page. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-src 'none'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
];
/** Pagefind runs WebAssembly; every script is a file of this site (dist has no inline script). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
/** Every style is a file of this site (inlineStylesheets: 'never'). */
export const STYLE_SOURCES = ["'self'"];

/** The page's <meta> policy (src/components/CspMeta.astro), written first in every <head>. */
export const META_CSP = [
  ...CSP_DIRECTIVES,
  `script-src ${SCRIPT_SOURCES.join(' ')}`,
  `style-src ${STYLE_SOURCES.join(' ')}`,
].join('; ');
/** The header policy: the same, plus what only a header can carry (frame-ancestors). */
export const PAGE_CSP = `${META_CSP}; frame-ancestors 'none'`;
/** SVG and media-kit files opened on their own: no script, no requests, sandboxed. */
export const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

const YEAR = 'public, max-age=31536000, immutable';

/**
 * Sent with every response unless a rule below replaces the header.
 * @type {Record<string, string>}
 */
export const DEFAULTS = {
  'Cache-Control': 'no-cache',
  'Content-Security-Policy': PAGE_CSP,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  'Referrer-Policy': 'no-referrer',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
};

/**
 * Rules by kind of path. `paths` are Cloudflare Pages `_headers` patterns (one splat each, listed
 * explicitly where Netlify would reject a mid-path splat); `nginx` is the regex nginx matches on
 * $uri. Rules never overlap on a header with different values, so their order does not matter.
 * @type {{ kind: string, why?: string, paths: string[], nginx: string, headers: Record<string, string> }[]}
 */
export const RULES = [
  {
    kind: 'sensitive page',
    why: 'help, guides and self-checks, staying safe, search: the browser keeps no disk copy',
    paths: LOCALES.flatMap((l) => [`/${l}/help/*`, `/${l}/guides/*`, `/${l}/safety/*`, `/${l}/search/*`]),
    nginx: `^/(${LOCALES.join('|')})/(help|guides|safety|search)/`,
    headers: { 'Cache-Control': 'no-store' },
  },
  { kind: 'hashed asset', paths: ['/_astro/*'], nginx: '^/_astro/', headers: { 'Cache-Control': YEAR } },
  {
    kind: 'search index',
    paths: ['/pagefind/*'],
    nginx: '^/pagefind/',
    headers: { 'Cache-Control': 'public, max-age=3600' },
  },
  {
    kind: 'feed',
    paths: LOCALES.map((l) => `/${l}/news/rss.xml`),
    nginx: `^/(${LOCALES.join('|')})/news/rss\\.xml$`,
    headers: { 'Cache-Control': 'public, max-age=600', 'Content-Type': 'application/rss+xml; charset=utf-8' },
  },
  {
    kind: 'calendar',
    paths: ['/*.ics'],
    nginx: '\\.ics$',
    headers: { 'Cache-Control': 'public, max-age=3600', 'Content-Type': 'text/calendar; charset=utf-8' },
  },
  { kind: 'service worker', paths: ['/sw.js'], nginx: '^/sw\\.js$', headers: { 'Cache-Control': 'no-cache' } },
  {
    kind: 'social card',
    why: 'link previews and media-kit files may be shown on other sites',
    paths: ['/og/*'],
    nginx: '^/og/',
    headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
  },
  {
    kind: 'media kit',
    paths: ['/media/*'],
    nginx: '^/media/',
    headers: { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Content-Security-Policy': FILE_CSP },
  },
  {
    kind: 'not found',
    why: 'Cloudflare Pages sends its 404 page with no-store whatever _headers says; nginx does the same',
    paths: ['/404.html'],
    nginx: '^/404\\.html$',
    headers: { 'Cache-Control': 'no-store' },
  },
  { kind: 'svg', paths: ['/*.svg'], nginx: '\\.svg$', headers: { 'Content-Security-Policy': FILE_CSP } },
];

/** What a path of each kind must get, on every host (tests/e2e/hosts.spec.ts). */
export const EXPECTED = {
  html: { path: '/ru/about/', status: 200, type: 'text/html', headers: {} },
  'sensitive page': {
    path: '/ky/guides/forced-marriage/',
    status: 200,
    type: 'text/html',
    headers: { 'Cache-Control': 'no-store' },
  },
  'hashed asset': { path: '/_astro/*.css', status: 200, type: 'text/css', headers: { 'Cache-Control': YEAR } },
  'search index': {
    path: '/pagefind/pagefind.js',
    status: 200,
    type: 'javascript',
    headers: { 'Cache-Control': 'public, max-age=3600' },
  },
  feed: {
    path: '/en/news/rss.xml',
    status: 200,
    type: 'application/rss+xml; charset=utf-8',
    headers: { 'Cache-Control': 'public, max-age=600' },
  },
  calendar: {
    path: '/calendar/en/all.ics',
    status: 200,
    type: 'text/calendar; charset=utf-8',
    headers: { 'Cache-Control': 'public, max-age=3600' },
  },
  'service worker': { path: '/sw.js', status: 200, type: 'javascript', headers: { 'Cache-Control': 'no-cache' } },
  'social card': {
    path: '/og/en/home.png',
    status: 200,
    type: 'image/png',
    headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
  },
  'media kit': {
    path: '/media/logo.svg',
    status: 200,
    type: 'image/svg+xml',
    headers: { 'Cross-Origin-Resource-Policy': 'cross-origin', 'Content-Security-Policy': FILE_CSP },
  },
  svg: { path: '/favicon.svg', status: 200, type: 'image/svg+xml', headers: { 'Content-Security-Policy': FILE_CSP } },
  404: { path: '/ru/no-such-page/', status: 404, type: 'text/html', headers: { 'Cache-Control': 'no-store' } },
};
