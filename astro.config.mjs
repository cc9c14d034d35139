// @ts-check
import './src/node/no-telemetry.mjs'; // first: see the file
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, LOCALE_PATTERN, TRANSLATED_SECTIONS } from './src/config/site.mjs';
import { SITE_URL } from './src/site-url.mjs';
import contentChecks from './src/integrations/content-checks.mjs';
import pagefind from './src/integrations/pagefind.mjs';
import offlineVersion from './src/integrations/offline-version.mjs';
import precompress from './src/integrations/precompress.mjs';
import publishedUrls from './src/integrations/published-urls.mjs';
import { listFallbackPaths } from './src/node/content-dir.mjs';
import { loadRedirects } from './src/node/redirects.mjs';

/** Sitemap: only real pages. Fallback pages (an entry shown in another language) carry `noindex`. */
const sitemapLocales = Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].bcp47]));
const notInSitemap = new Set([
  '/',
  ...listFallbackPaths(TRANSLATED_SECTIONS, LOCALES),
  ...loadRedirects().map((r) => r.from),
]);

/** Search and the filtered lists are `noindex` (quality-dist checks that the two agree). */
const noindexPage = new RegExp(
  `^/(${LOCALE_PATTERN})/(search|partners/(type|service|region)/[^/]+|events/(type|region)/[^/]+)/$`,
);

// Tests build copies of the content (with deliberate mistakes) into their own folders.
const isolated = process.env.ASTRO_OUT_DIR
  ? { outDir: process.env.ASTRO_OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR ?? `${process.env.ASTRO_OUT_DIR}-cache` }
  : {};

export default defineConfig({
  ...isolated,
  site: SITE_URL,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cached stylesheet for every page, and no un-hashed inline <style> blocked by the CSP.
    inlineStylesheets: 'never',
    // Pages render four at a time: social cards (sharp, off the main thread) then overlap with
    // rendering HTML; measured by npm run bench (docs/performance.md).
    concurrency: Number(process.env.BUILD_CONCURRENCY ?? 4),
  },
  // Astro 7 default ('jsx') strips whitespace between inline elements, which glues words and links together.
  compressHTML: true,
  integrations: [
    contentChecks(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: sitemapLocales },
      filter: (page) => {
        const path = new URL(page).pathname;
        return !notInSitemap.has(path) && !/^\/(status|404)\/?$/.test(path) && !noindexPage.test(path);
      },
    }),
    publishedUrls(),
    offlineVersion(),
    pagefind(),
    precompress(),
  ],
  markdown: { syntaxHighlight: false },
  image: {
    // Served images never need to be larger than a wide reading column at 2x.
    responsiveStyles: false,
  },
  // Astro's own CSP (security.csp) is off: it puts its <meta> late in <head> and adds hashes of
  // bundled external scripts that match nothing. The policy is written by CspMeta.astro as the first
  // element of every <head> and sent as a header (deploy/headers.mjs).
  security: { csp: false },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
