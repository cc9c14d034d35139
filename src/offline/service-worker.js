// Service worker for reading the help page and the guides offline. It is registered only when a
// reader presses "Save for offline" (src/scripts/offline.ts), caches nothing on its own and serves
// only what was saved. The page lists are filled in per build by src/pages/sw.js.ts; the version is
// then replaced by a hash of the saved pages and their files (src/integrations/offline-version.mjs).
const VERSION = __VERSION__;
const PAGES = __PAGES__;
/** The words of the "not saved" page in each language (src/i18n/ui/). */
const TEXTS = __TEXTS__;
const PREFIX = 'offline-';
const CACHE = PREFIX + VERSION;
const CHOICE = '/__offline-languages';
/** How long a page may take from the network before the saved copy is shown (2G: a few seconds). */
const TIMEOUT = 3000;

/**
 * Saves the pages of one language and the styles, scripts and images they use. Everything is
 * fetched first and stored only when all of it arrived, so a failed save stores nothing. Pages are
 * fetched with `no-store`: saving leaves no second copy in the browser's HTTP cache, which "Delete"
 * could not remove.
 */
async function save(lang) {
  const pages = PAGES[lang];
  if (!pages) throw new Error('unknown language');
  const fetched = [];
  const assets = new Set();
  for (const path of pages) {
    const response = await fetch(path, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const html = await response.text();
    for (const [, url] of html.matchAll(/(?:href|src)="(\/(?:_astro|favicon)[^"]*)"/g)) assets.add(url);
    fetched.push([path, new Response(html, { headers: response.headers })]);
  }
  for (const url of assets) {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    fetched.push([url, response]);
  }
  const cache = await caches.open(CACHE);
  for (const [path, response] of fetched) await cache.put(path, response);
  const chosen = new Set(await languages(cache));
  chosen.add(lang);
  await cache.put(CHOICE, new Response(JSON.stringify([...chosen])));
}

async function languages(cache) {
  const record = await cache.match(CHOICE);
  return record ? record.json() : [];
}

self.addEventListener('install', (event) => {
  // A new build: save a fresh copy of what the reader chose before, then the old copy is dropped.
  event.waitUntil(
    (async () => {
      const chosen = new Set();
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE)
          for (const lang of await languages(await caches.open(name))) chosen.add(lang);
      }
      for (const lang of chosen) await save(lang);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (event.data?.action !== 'save' || !port) return;
  event.waitUntil(
    save(event.data.lang).then(
      () => port.postMessage({ ok: true }),
      (error) => port.postMessage({ ok: false, error: String(error) }),
    ),
  );
});

/** The saved copy of a request, if any. caches.match with a cache name opens (creates) nothing. */
const savedCopy = (request, options = {}) => caches.match(request, { ...options, cacheName: CACHE });

/**
 * Pages: network first, so a reader who is online always gets the current page (a corrected
 * address or number reaches them at once), and a saved page that arrives is kept up to date. If the
 * network fails or takes longer than TIMEOUT, the saved copy; if there is none, the network's own
 * answer (or error) as without this worker.
 */
async function navigate(event) {
  const request = event.request;
  const network = fetch(request);
  network.catch(() => {});
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, TIMEOUT)));
  try {
    const response = await Promise.race([network, late]);
    if (response) {
      event.waitUntil(refresh(request, response.clone()));
      return response;
    }
  } catch {
    // Offline or the connection broke: the saved copy below.
  } finally {
    clearTimeout(timer);
  }
  return (await savedCopy(request, { ignoreSearch: true })) ?? network.catch(() => notSaved(request));
}

const escape = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Offline and the page was not saved: instead of the browser's error, a short page in the reader's
 * language with the quick exit (a plain link: the page runs no script), the hotline and links to
 * what was saved, styled by the saved stylesheet.
 */
async function notSaved(request) {
  const record = await savedCopy(CHOICE);
  const chosen = record ? await record.json() : [];
  if (!chosen.length) return Response.error();
  const first = new URL(request.url).pathname.split('/')[1];
  const lang = chosen.includes(first) ? first : chosen[0];
  const t = TEXTS[lang];
  const saved = (await (await caches.open(CACHE)).keys()).map((r) => new URL(r.url).pathname);
  const styles = saved.filter((path) => /^\/_astro\/[^/]+\.css$/.test(path));
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(t.title)}</title>${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</head>
<body><header class="site-header"><div class="bar wrap"><a class="quick-exit" href="${t.exitHref}" rel="noreferrer">${escape(t.exit)}</a></div></header>
<main id="main" class="wrap page prose"><h1>${escape(t.title)}</h1>
<p>${escape(t.text)}</p><ul>${t.links.map(([href, label]) => `<li><a href="${href}">${escape(label)}</a></li>`).join('')}</ul>
<p>${escape(t.whoHelps)}</p><p><a href="${t.tel}">${escape(t.call)}</a></p>
</main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/** Replaces the saved copy of a page the reader saved with the version that just arrived. */
async function refresh(request, response) {
  const url = new URL(request.url);
  if (!response.ok || response.redirected || url.search || !(await savedCopy(url.pathname))) return;
  await (await caches.open(CACHE)).put(url.pathname, response);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (request.mode === 'navigate') return event.respondWith(navigate(event));
  // Styles, scripts and icons have hashed or stable names: the saved copy first.
  event.respondWith(savedCopy(request).then((hit) => hit ?? fetch(request)));
});
