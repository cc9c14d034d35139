/**
 * What each host sends: one path of every kind, fetched from Debian's nginx (deploy/nginx.conf) and
 * from `wrangler pages dev` (Cloudflare Pages' own handling of dist/_headers and dist/_redirects),
 * compared with the one expected table in deploy/headers.mjs.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULTS, EXPECTED } from '../../deploy/headers.mjs';
import { loadRedirects } from '../../src/node/redirects.mjs';
import { DIST } from '../helpers/dist';
import { NGINX, startNginx, startWrangler, type Host } from '../helpers/hosts';

const slot = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const hosts = {
  nginx: { start: () => startNginx(4394 + slot), available: !!NGINX },
  'cloudflare pages (wrangler)': { start: () => startWrangler(4396 + slot), available: true },
};

/** `/_astro/*.css` stands for the first built stylesheet. */
function concrete(path: string): string {
  if (!path.includes('*')) return path;
  const [dir, ext] = path.split('*') as [string, string];
  return dir + readdirSync(join(DIST, dir)).find((f) => f.endsWith(ext))!;
}

for (const [name, host] of Object.entries(hosts)) {
  test.describe(name, () => {
    test.describe.configure({ mode: 'serial' });
    test.skip(!host.available && !process.env.CI, 'nginx is not installed (apt-get install nginx); CI installs it');
    let server: Host;
    test.beforeAll(async () => {
      test.setTimeout(90_000);
      server = await host.start();
    });
    test.afterAll(() => server?.stop());

    for (const [kind, want] of Object.entries(EXPECTED)) {
      test(`${kind}: ${want.path}`, async ({ request }) => {
        const response = await request.get(server.origin + concrete(want.path), { maxRedirects: 0 });
        expect(response.status()).toBe(want.status);
        const got = response.headers();
        expect(got['content-type']).toContain(want.type);
        // Every header exactly once, with exactly the table's value: a host that joins two values
        // (Cloudflare's "no-cache, public, max-age=…") fails here.
        const expected = { ...DEFAULTS, ...want.headers };
        const sent = Object.fromEntries(Object.keys(expected).map((h) => [h, got[h.toLowerCase()]]));
        expect(sent).toEqual(expected);
      });
    }

    test('files meant for other hosts are not served', async ({ request }) => {
      for (const path of ['/_headers', '/_redirects']) {
        const response = await request.get(server.origin + path);
        // nginx answers 404; wrangler's dev server answers 502 ("Could not serve static asset"):
        // Cloudflare Pages consumes both files and never serves them.
        if (name === 'nginx') expect(response.status(), path).toBe(404);
        else expect(response.status(), path).toBeGreaterThanOrEqual(400);
        expect(await response.text(), path).not.toContain('Cache-Control:');
      }
    });

    if (name !== 'nginx') {
      test('every redirect of content/redirects.yaml answers 301', async ({ request }) => {
        const redirects = loadRedirects();
        expect(redirects.length).toBeGreaterThan(0);
        for (const { from, to } of redirects) {
          const response = await request.get(server.origin + from, { maxRedirects: 0 });
          expect(response.status(), from).toBe(301);
          expect(new URL(response.headers().location!, server.origin).pathname, from).toBe(to);
        }
      });
    }
  });
}
