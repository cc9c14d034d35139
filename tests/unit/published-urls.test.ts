// The build only checks the published-address record; `npm run urls:record` is the one writer.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRedirects } from '../../src/node/redirects.mjs';
import publishedUrls, {
  PUBLISHED_FILE,
  checkPublished,
  readPublished,
  recordPublished,
} from '../../src/integrations/published-urls.mjs';

function site(pages: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'published-'));
  const dist = join(root, 'dist');
  for (const p of pages) {
    mkdirSync(join(dist, p), { recursive: true });
    writeFileSync(join(dist, p, 'index.html'), '<h1>page</h1>');
  }
  const content = join(root, 'content');
  mkdirSync(content);
  return { dist, content };
}

describe('published addresses', () => {
  it('names an address that was published and is gone without a redirect', () => {
    const { dist } = site(['/en/news/']);
    const { problems } = checkPublished(dist, [], ['/en/news/', '/en/news/2018-old-story/']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('/en/news/2018-old-story/ was published and is gone');
  });

  it('/sw.js is a published address: a build without it fails, since saved offline copies ask for it', () => {
    expect(readPublished()).toContain('/sw.js');
    const { dist } = site(['/en/help/']);
    expect(checkPublished(dist, [], ['/en/help/', '/sw.js']).problems).toEqual([
      expect.stringContaining('/sw.js was published and is gone'),
    ]);
    writeFileSync(join(dist, 'sw.js'), 'const VERSION = "x";');
    expect(checkPublished(dist, [], ['/en/help/', '/sw.js']).problems).toEqual([]);
  });

  it('accepts a gone address that redirects to a page that exists', () => {
    const { dist } = site(['/en/news/new/']);
    expect(checkPublished(dist, [{ from: '/en/news/old/', to: '/en/news/new/' }], ['/en/news/old/']).problems).toEqual(
      [],
    );
  });

  it('urls:record adds new addresses and keeps old ones; a second run changes nothing', () => {
    const { dist, content } = site(['/en/', '/en/events/']);
    writeFileSync(join(content, PUBLISHED_FILE), '# list\n/en/\n');
    expect(recordPublished(dist, content)).toBe(1);
    expect(readPublished(content)).toEqual(['/en/', '/en/events/']);
    const text = readFileSync(join(content, PUBLISHED_FILE), 'utf8');
    expect(recordPublished(dist, content)).toBe(0);
    expect(readFileSync(join(content, PUBLISHED_FILE), 'utf8')).toBe(text);
  });

  it('a build with a new page passes and leaves content/published-urls.txt untouched', () => {
    const file = join('content', PUBLISHED_FILE);
    const before = readFileSync(file, 'utf8');
    const redirected = new Set(loadRedirects().map((r) => r.from));
    const { dist } = site(['/zz-new-page/', ...readPublished().filter((u) => u.endsWith('/') && !redirected.has(u))]);
    for (const u of readPublished().filter((u) => !u.endsWith('/'))) {
      mkdirSync(join(dist, u, '..'), { recursive: true });
      writeFileSync(join(dist, u), 'file');
    }
    for (const r of loadRedirects()) {
      mkdirSync(join(dist, r.from), { recursive: true });
      writeFileSync(join(dist, r.from, 'index.html'), '<meta http-equiv="refresh" content="0">');
    }
    const hook = publishedUrls().hooks['astro:build:done'] as unknown as (o: object) => void;
    hook({ dir: new URL(`file://${dist}/`), logger: { info() {} } });
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
