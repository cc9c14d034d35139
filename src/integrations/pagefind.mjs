// Builds the search index over dist/ once the pages are written: one index per <html lang>.
// Only <main data-pagefind-body> is indexed (Base.astro sets it on real pages, not on fallbacks).
// SKIP_PAGEFIND=1 leaves it out (the content-error tests build many copies of the site).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Cards that repeat another page's title and summary in a list (news, events, partners, guides),
 * the "who helps" box repeated on every guide, source lists and the fact sheet's source column
 * (titles of reports, often in another language), and the glossary's variants to avoid and
 * translators' notes (English, for translators). Whole listing pages are left out by Base.astro's
 * `listing` prop.
 * A search should lead to the page itself, not to every list that names it: leaving them out makes
 * the index smaller (the first query has a 120 KB budget) and keeps listing pages from ranking on
 * words they only quote.
 */
const LISTED_ELSEWHERE = [
  '.news-card',
  '.event-item',
  '.partner-card',
  '.guide-list',
  '.who-helps',
  '.sources',
  '.article__sources',
  '.fact-source',
  '.glossary-avoid',
  '.glossary-note',
];

/**
 * Pagefind writes its ready-made UIs next to the index. The site has its own search page
 * (src/scripts/search.ts), so these are unused same-origin scripts (about 370 KB, review F15):
 * deleted. pagefind.js, the WASM and pagefind-worker.js (which pagefind.js may ask for) stay.
 */
export const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** @returns {import('astro').AstroIntegration} */
export default function pagefind() {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SKIP_PAGEFIND === '1') return logger.info('SKIP_PAGEFIND=1: no search index');
        const { createIndex, close } = await import('pagefind');
        const started = Date.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ excludeSelectors: LISTED_ELSEWHERE });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        const output = join(site, 'pagefind');
        for (const file of readdirSync(output)) if (UNUSED_PAGEFIND_FILES.test(file)) rmSync(join(output, file));
        logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`);
      },
    },
  };
}
