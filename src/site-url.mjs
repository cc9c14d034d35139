// The public origin of the site, used for canonical URLs, feeds and the sitemap.
// A build is a production build when SITE_URL is set (CI sets it to the campaign's origin): it leaves
// out every `example: true` entry. Without it (`npm run dev`, `npm start`, the test build) the site
// uses a reserved example domain and keeps the examples, labelled, to show how the site works.
export const PLACEHOLDER_ORIGIN = 'https://100days.example.org';

/** The one-line reason SITE_URL cannot be used, or null. @param {string} value */
export function siteUrlProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an absolute URL: set it to the site's origin, e.g. https://100days.kg`;
  }
  if (url.protocol !== 'https:') return `SITE_URL "${value}" must start with https://`;
  if (url.origin === PLACEHOLDER_ORIGIN)
    return `SITE_URL "${value}" is the placeholder domain: set it to the campaign's real origin, or unset it for a demo build`;
  if (url.pathname !== '/' || url.search || url.hash || url.username)
    return `SITE_URL "${value}" must be an origin without a path, e.g. https://100days.kg`;
  return null;
}

const given = process.env.SITE_URL?.trim();
if (given) {
  const problem = siteUrlProblem(given);
  if (problem) throw new Error(problem);
}

/** True in a production build: example entries are left out. */
export const PRODUCTION = Boolean(given);
export const SITE_URL = (given || PLACEHOLDER_ORIGIN).replace(/\/$/, '');
