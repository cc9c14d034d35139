// Writes .br and .gz beside every text file of dist/ for hosts that serve precompressed files
// (nginx gzip_static/brotli_static, most CDNs). Runs after the search index is written.
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|ics|svg|txt|webmanifest)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Shared assets (/_astro/: CSS, JS), few and cached for a year, get brotli's best (11). Per-page
 * files get 7: measured here, as small as 9 on pages of this site and ten times faster, which is
 * what keeps a build of thousands of pages from spending minutes here (docs/performance.md).
 */
const brotliQuality = (/** @type {string} */ path) => (/[\\/]_astro[\\/]/.test(path) ? 11 : 7);

/**
 * @param {string} dir
 * @returns {AsyncGenerator<string>}
 */
async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

/** @returns {import('astro').AstroIntegration} */
export default function precompress() {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.SKIP_PAGEFIND === '1') return; // test builds of content fixtures
        const started = Date.now();
        let count = 0;
        const queue = [];
        for await (const path of files(fileURLToPath(dir))) {
          if ((await stat(path)).size < 512) continue; // not worth a second request header
          queue.push(
            (async () => {
              const body = await readFile(path);
              await writeFile(
                `${path}.br`,
                await brotli(body, {
                  params: {
                    [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path),
                    [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
                  },
                }),
              );
              await writeFile(`${path}.gz`, await gz(body, { level: 9 }));
            })(),
          );
          count += 1;
          if (queue.length >= 16) await Promise.all(queue.splice(0));
        }
        await Promise.all(queue);
        logger.info(`${count} files precompressed (.br, .gz) in ${Date.now() - started} ms`);
      },
    },
  };
}
