// The public origin of the site, used for canonical URLs, feeds and the sitemap.
// Set SITE_URL at build time for the real domain; the default is a reserved example domain.
export const SITE_URL = (process.env.SITE_URL ?? 'https://100days.example.org').replace(/\/$/, '');
