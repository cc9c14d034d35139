// Service worker for reading the help page and the guides offline. It is registered only when a
// reader presses "Save for offline" (src/scripts/offline.ts), caches nothing on its own and serves
// only what was saved. The version and the page lists are filled in per build by src/pages/sw.js.ts.
const VERSION = __VERSION__;
const PAGES = __PAGES__;
const PREFIX = 'offline-';
const CACHE = PREFIX + VERSION;
const CHOICE = '/__offline-languages';

/** Saves the pages of one language and the styles, scripts and images they use. */
async function save(lang) {
  const pages = PAGES[lang];
  if (!pages) throw new Error('unknown language');
  const cache = await caches.open(CACHE);
  const assets = new Set();
  for (const path of pages) {
    const response = await fetch(path, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    const html = await response.clone().text();
    for (const [, url] of html.matchAll(/(?:href|src)="(\/(?:_astro|favicon)[^"]*)"/g)) assets.add(url);
    await cache.put(path, response);
  }
  await cache.addAll([...assets]);
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
      return hit ?? fetch(request);
    })(),
  );
});
