/** /sw.js: the offline service worker and the pages a reader can save; its version is stamped after the build (src/integrations/offline-version.mjs). */
import type { APIRoute } from 'astro';
import source from '../offline/service-worker.js?raw';
import { offlinePages } from '../lib/guides';
import { BUILD_VERSION } from '../lib/build-version';

export const GET: APIRoute = async () => {
  const body = source
    .replace('__VERSION__', JSON.stringify(BUILD_VERSION))
    .replace('__PAGES__', JSON.stringify(await offlinePages()));
  return new Response(body, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
