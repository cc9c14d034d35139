// CI, before anything is built or deployed: SITE_URL must be the campaign's absolute https origin.
// Prints the reason in one line (as a GitHub error annotation) and exits 1 otherwise. The build itself
// checks SITE_URL again (src/site-url.mjs); this step only fails earlier, with a clearer place.
import { fileURLToPath } from 'node:url';

/** @param {string | undefined} value @returns {string | null} why it is wrong, or null */
export function siteUrlProblem(value) {
  if (!value)
    return 'SITE_URL is not set: add it in the repository under Settings > Secrets and variables > Actions > Variables (docs/deploy.md)';
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an absolute URL: write it as https://your-domain`;
  }
  if (url.protocol !== 'https:') return `SITE_URL "${value}" must start with https://`;
  return null;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = siteUrlProblem(process.env.SITE_URL);
  if (problem) {
    console.log(`::error title=SITE_URL::${problem}`);
    process.exit(1);
  }
  console.log(`SITE_URL is ${process.env.SITE_URL}`);
}
