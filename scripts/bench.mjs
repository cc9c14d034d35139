// npm run bench [-- --sizes 300,1000,3000 --no-lighthouse]
// Builds the real site and generated corpora of growing size, then prints (and writes to
// .bench/results.json) build time, pages per second, peak memory, dist size, search index figures,
// the bytes a first visit downloads per template, the bytes of a first search, and Lighthouse scores.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { generateCorpus } from './bench-corpus.mjs';
import { kyrgyzRecall } from './search-measure.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.bench');
const args = process.argv.slice(2);
const sizes = ((args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined) ?? '300,1000,3000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0); // --sizes 0: the real site only
const lighthouse = !args.includes('--no-lighthouse');
const CHROMIUM = ['/usr/bin/chromium'].find(existsSync);
const log = (/** @type {unknown[]} */ ...m) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);
mkdirSync(OUT, { recursive: true });

/**
 * @param {string} dir
 * @returns {string[]}
 */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}
const kb = (/** @type {number} */ b) => (b / 1024).toFixed(1);

/**
 * Builds with the given content folder; samples the child's memory to find its peak.
 * @param {string} name @param {string} contentDir
 */
async function build(name, contentDir) {
  const outDir = join(OUT, `dist-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  // Cold builds: social cards are cached between builds (src/node/card-image.ts); measure drawing them.
  rmSync(join(ROOT, 'node_modules/.cache/social-cards'), { recursive: true, force: true });
  const started = Date.now();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: join(OUT, `cache-${name}`),
    },
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  let peak = 0;
  const sample = setInterval(() => {
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      peak = Math.max(peak, rss);
    } catch {
      /* exited */
    }
  }, 100);
  const code = await new Promise((r) => child.on('close', r));
  clearInterval(sample);
  if (code !== 0) throw new Error(`build ${name} failed:\n${output.slice(-3000)}`);
  const seconds = (Date.now() - started) / 1000;
  const files = walk(outDir);
  const pages = files.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
  const index = files.filter((f) => f.includes('/pagefind/'));
  const pagefindMs = Number(/indexed \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN);
  return {
    name,
    outDir,
    seconds,
    pages,
    pagesPerSecond: Math.round(pages / seconds),
    peakMemoryMB: Math.round(peak / 1048576),
    distMB: +(files.filter((f) => !/\.(br|gz)$/.test(f)).reduce((s, f) => s + statSync(f).size, 0) / 1048576).toFixed(
      1,
    ),
    pagefindSeconds: pagefindMs / 1000,
    indexMB: +(index.reduce((s, f) => s + statSync(f).size, 0) / 1048576).toFixed(2),
    indexChunks: index.filter((f) => f.includes('/index/')).length,
  };
}

/**
 * A static server over dist/ that serves precompressed files like a production host.
 * @param {string} dir
 * @returns {Promise<{ server: import('node:http').Server, origin: string }>}
 */
function serve(dir) {
  /** @type {Record<string, string>} */
  const types = {
    '.html': 'text/html; charset=utf-8',
    '.css': 'text/css',
    '.js': 'text/javascript',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.wasm': 'application/wasm',
    '.png': 'image/png',
    '.webp': 'image/webp',
    '.avif': 'image/avif',
    '.xml': 'application/xml',
  };
  const server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404);
      return res.end();
    }
    const accept = req.headers['accept-encoding'] ?? '';
    const enc =
      accept.includes('br') && existsSync(`${path}.br`)
        ? 'br'
        : accept.includes('gzip') && existsSync(`${path}.gz`)
          ? 'gzip'
          : '';
    res.writeHead(200, {
      'Content-Type': types[extname(path)] ?? 'application/octet-stream',
      ...(enc ? { 'Content-Encoding': enc } : {}),
      'Cache-Control': 'no-cache',
    });
    res.end(readFileSync(enc === 'br' ? `${path}.br` : enc === 'gzip' ? `${path}.gz` : path));
  });
  return new Promise((r) =>
    server.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      r({ server, origin: `http://127.0.0.1:${address.port}` });
    }),
  );
}

/** @typedef {{ raw: number, gzip: number, brotli: number }} Bytes */
/** @typedef {Bytes & { requests: number, byType: Record<string, Bytes> }} Weight */
/**
 * What a first visit downloads, by kind: raw, gzip and brotli bytes, and the request count.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {string} path
 * @param {(page: import('@playwright/test').Page) => Promise<void>} [action]
 * @returns {Promise<Weight>}
 */
async function weigh(browser, origin, path, action) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  /** @type {{ url: string, type: string, body: Buffer }[]} */
  const bodies = [];
  page.on('response', async (r) => {
    try {
      bodies.push({ url: r.url(), type: r.request().resourceType(), body: await r.body() });
    } catch {
      /* no body */
    }
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  if (action) await action(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  /** @type {Weight} */
  const total = { requests: bodies.length, raw: 0, gzip: 0, brotli: 0, byType: {} };
  for (const { type, body } of bodies) {
    const g = gzipSync(body).length;
    const b = brotliCompressSync(body).length;
    total.raw += body.length;
    total.gzip += g;
    total.brotli += b;
    const t = (total.byType[type] ??= { raw: 0, gzip: 0, brotli: 0 });
    t.raw += body.length;
    t.gzip += g;
    t.brotli += b;
  }
  return total;
}

/**
 * Lighthouse runs as a child process (asynchronously: this process also serves the pages it loads).
 * @param {string} url
 */
async function lighthouseScores(url) {
  const child = spawn(
    process.execPath,
    [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--output=json',
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox',
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const timer = setTimeout(() => child.kill(), 180_000);
  const code = await new Promise((r) => child.on('close', r));
  clearTimeout(timer);
  if (code !== 0) return { error: stderr.slice(-300) };
  const report = JSON.parse(stdout);
  const score = (/** @type {string} */ c) => Math.round(report.categories[c].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(report.audits['largest-contentful-paint'].numericValue),
  };
}

/** A first query in each language: the search page, Pagefind and 5 results (budget 120 KB compressed). */
const FIRST_QUERIES = { ky: 'паспорттун', ru: 'паспорт', en: 'passport' };
/**
 * @param {import('@playwright/test').Browser} browser @param {string} origin @param {string} site
 * @returns {Promise<Record<string, object>>}
 */
async function weighFirstQueries(browser, origin, site) {
  /** @type {Record<string, object>} */
  const out = {};
  for (const [lang, query] of Object.entries(FIRST_QUERIES)) {
    const weight = await weigh(browser, origin, `/${lang}/search/`, async (page) => {
      await page.fill('#search-q', query);
      await page.press('#search-q', 'Enter');
      await page.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
    });
    out[`${site} ${lang}`] = {
      query,
      requests: weight.requests,
      gzipKB: +kb(weight.gzip),
      brotliKB: +kb(weight.brotli),
      htmlKB: +kb(weight.byType.document?.gzip ?? 0),
    };
  }
  return out;
}

/**
 * @type {{
 *   date: string,
 *   builds: (Awaited<ReturnType<typeof build>> & { newsItems?: number })[],
 *   pages: Record<string, Weight & { path: string }>,
 *   search: Weight | null,
 *   firstQueries: Record<string, object>,
 *   kyrgyzRecall: { pairs: number, before: number, after: number } | null,
 *   lighthouse: Record<string, object>,
 * }}
 */
const results = {
  date: new Date().toISOString(),
  builds: [],
  pages: {},
  search: null,
  firstQueries: {},
  kyrgyzRecall: null,
  lighthouse: {},
};

log('building the real site');
const real = await build('real', join(ROOT, 'content'));
results.builds.push(real);
log(`real site: ${real.pages} pages in ${real.seconds.toFixed(1)} s`);

if (CHROMIUM) {
  const { server, origin } = await serve(real.outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const pick = (/** @type {RegExp} */ re) =>
    walk(real.outDir)
      .map((f) => f.slice(real.outDir.length).replace(/index\.html$/, ''))
      .find((p) => re.test(p));
  // Every template of the site; the chooser and the 404 page speak all three languages at once.
  const templates = {
    chooser: '/?choose',
    notFound: '/404.html',
    home: '/ru/',
    guides: '/ru/guides/',
    article: pick(/^\/ru\/news\/\d{4}-[^/]+\/$/),
    guide: pick(/^\/ru\/guides\/[a-z-]+\/$/),
    events: '/ru/events/',
    help: '/ru/help/',
    partners: '/ru/partners/',
    partner: '/ru/partners/unodc/',
    region: '/ru/regions/naryn/',
    page: '/ru/about/',
    search: '/ru/search/',
    check: '/ru/guides/job-offer-check/',
    event: pick(/^\/ru\/events\/\d{4}-[^/]+\/$/),
    archive: pick(/^\/ru\/events\/archive\/\d{4}\/$/),
    press: '/ru/press/',
    news: '/ru/news/',
    campaign: pick(/^\/ru\/campaigns\/[^/]+\/$/),
  };
  for (const [name, path] of Object.entries(templates)) {
    const file = path?.endsWith('.html') ? path : `${path?.replace(/\?.*$/, '')}index.html`;
    if (!path || !existsSync(join(real.outDir, file))) continue;
    log(`weighing ${name} ${path}`);
    results.pages[name] = { path, ...(await weigh(browser, origin, path)) };
  }
  log('weighing a first search');
  results.search = await weigh(browser, origin, '/ru/search/', async (page) => {
    await page.fill('#search-q', 'паспорт');
    await page.press('#search-q', 'Enter');
    await page.waitForTimeout(1500);
  });
  Object.assign(results.firstQueries, await weighFirstQueries(browser, origin, 'real'));
  log('measuring Kyrgyz word endings');
  const kyPage = await browser.newPage();
  await kyPage.goto(`${origin}/ky/search/`);
  const { rows, ...recall } = await kyrgyzRecall(kyPage);
  results.kyrgyzRecall = recall;
  await kyPage.close();
  await browser.close();
  if (lighthouse) {
    // Every template in every language (the same page in ky, ru and en; the chooser and 404 once).
    for (const [name, { path }] of Object.entries(results.pages)) {
      const perLanguage = path.startsWith('/ru/') ? ['ky', 'ru', 'en'] : [null];
      for (const lang of perLanguage) {
        const url = lang ? path.replace(/^\/ru\//, `/${lang}/`) : path;
        log(`lighthouse (mobile) ${name} ${url}`);
        results.lighthouse[lang ? `${name} ${lang}` : name] = await lighthouseScores(origin + url);
      }
    }
  }
  server.close();
}

for (const size of sizes) {
  log(`generating a corpus of ${size} news items in three languages`);
  const dir = join(tmpdir(), `bench-corpus-${size}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  generateCorpus(dir, size);
  log(`building corpus ${size}`);
  const result = await build(`corpus-${size}`, dir);
  results.builds.push({ ...result, newsItems: size });
  log(`corpus ${size}: ${result.pages} pages in ${result.seconds.toFixed(1)} s, peak ${result.peakMemoryMB} MB`);
  if (CHROMIUM) {
    log(`weighing a first query in each language on corpus ${size}`);
    const { server, origin } = await serve(result.outDir);
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    Object.assign(results.firstQueries, await weighFirstQueries(browser, origin, `corpus-${size}`));
    await browser.close();
    server.close();
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(result.outDir, { recursive: true, force: true });
}

console.log('\nBuilds');
console.table(results.builds.map(({ outDir, ...b }) => b));
console.log('First visit per template (360 px phone; bytes in KB)');
console.table(
  Object.fromEntries(
    Object.entries(results.pages).map(([k, v]) => [
      k,
      {
        path: v.path,
        requests: v.requests,
        raw: kb(v.raw),
        gzip: kb(v.gzip),
        brotli: kb(v.brotli),
        html: kb(v.byType.document?.gzip ?? 0),
        css: kb(v.byType.stylesheet?.gzip ?? 0),
        js: kb(v.byType.script?.gzip ?? 0),
        img: kb(v.byType.image?.gzip ?? 0),
        font: kb(v.byType.font?.gzip ?? 0),
      },
    ]),
  ),
);
if (results.search)
  console.log(
    `Open search and run a first query: ${kb(results.search.gzip)} KB gzip, ${kb(results.search.brotli)} KB brotli in ${results.search.requests} requests (JS ${kb(results.search.byType.script?.gzip ?? 0)} KB, other ${kb((results.search.byType.fetch?.gzip ?? 0) + (results.search.byType.other?.gzip ?? 0))} KB)`,
  );
if (Object.keys(results.firstQueries).length) {
  console.log('First search query per language and site (search page included; budget 120 KB gzip)');
  console.table(results.firstQueries);
}
if (results.kyrgyzRecall)
  console.log(
    `Kyrgyz word endings: on ${results.kyrgyzRecall.pairs} pairs from the site's text, inflected queries hold ${(results.kyrgyzRecall.after * 100).toFixed(1)} % of the base forms' results (Pagefind alone: ${(results.kyrgyzRecall.before * 100).toFixed(1)} %)`,
  );
if (Object.keys(results.lighthouse).length) {
  console.log('Lighthouse, mobile');
  console.table(results.lighthouse);
}
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, (k, v) => (k === 'outDir' ? undefined : v), 2)}\n`);
log(`written to ${join(OUT, 'results.json')}`);
