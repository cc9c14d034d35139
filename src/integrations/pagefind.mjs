// Builds the search index over dist/ once the pages are written: one index per <html lang>.
// Only <main data-pagefind-body> is indexed (Base.astro sets it on real pages, not on fallbacks).
// SKIP_PAGEFIND=1 leaves it out (the content-error tests build many copies of the site).
import { fileURLToPath } from 'node:url';

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
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`);
      },
    },
  };
}
