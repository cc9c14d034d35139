import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

/** Everything may be crawled except the editors' status page; the sitemap lists every page with its translations. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nDisallow: /status/\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
