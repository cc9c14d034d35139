/**
 * One build of the site with the edits editors make in a season, each proving one behaviour on the
 * same dist/ (one Astro build instead of five; the failing builds stay separate, since a build stops
 * at its first kind of mistake):
 * - `npm run new` scaffolds entries of every type; with their texts written, they build and publish;
 * - a published guide removed with a redirect: the build passes, serves a redirect page and lists it
 *   for static hosts;
 * - a logo file supplied by a partner goes through sharp; partners without one get a monogram;
 * - a news item missing in Kyrgyz is listed on the Kyrgyz news pages, marked as available in Russian,
 *   and left out of the Kyrgyz feed.
 * It is also the control for tests/build/content-errors.test.ts: edited content builds.
 */
import { appendFileSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENTRIES, FOLDER, newEntry, scaffoldAll } from '../helpers/scaffold';
import { buildWithContent, type BuildResult } from '../helpers/temp-build';

const FALLBACK_NEWS = '2008-03-31-south-kazakhstan-story';
let build: BuildResult;
let scaffolded: Record<string, string> = {};
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(async () => {
  const logo = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#0b5d6b' } })
    .png()
    .toBuffer();
  build = buildWithContent(null, (dir) => {
    scaffolded = scaffoldAll(dir);
    // The editor's step: every placeholder replaced by real text.
    for (const [type, slug] of ENTRIES) {
      const folder = FOLDER[type];
      const files =
        type === 'event' || type === 'partner'
          ? [`${slug}.yaml`]
          : readdirSync(join(dir, folder, slug)).map((f) => `${slug}/${f}`);
      for (const f of files) {
        const path = join(dir, folder, f);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll('TODO', 'Written'));
      }
    }
    rmSync(join(dir, 'guides/organ-removal'), { recursive: true });
    appendFileSync(join(dir, 'redirects.yaml'), '\n- from: /{lang}/guides/organ-removal/\n  to: /{lang}/guides/\n');
    writeFileSync(join(dir, 'partners/iom-logo.png'), logo);
    appendFileSync(join(dir, 'partners/iom.yaml'), 'logo: ./iom-logo.png\n');
    rmSync(join(dir, 'news', FALLBACK_NEWS, 'ky.md'));
  });
}, 600_000);
afterAll(() => build?.cleanup());

describe('a build with an editing season of changes', () => {
  test('builds', () => {
    expect(build.code, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'ru/index.html'))).toBe(true);
  });

  test('npm run new: scaffold, write the texts, and the entries are published', () => {
    expect(scaffolded.news).toMatch(
      /Created news "2030-05-01-scaffold-news"[\s\S]*ky\.md[\s\S]*ru\.md[\s\S]*en\.md[\s\S]*Next:/,
    );
    for (const page of [
      'ru/news/2030-05-01-scaffold-news',
      'ky/events/2030-05-02-scaffold-event',
      'en/guides/scaffold-guide',
      'ru/partners/scaffold-partner',
      'ky/scaffold-page',
    ]) {
      expect(existsSync(join(build.outDir, page, 'index.html')), page).toBe(true);
    }
  });

  test('npm run new refuses an existing slug, a bad type and a bad slug with a clear message', () => {
    const existing = newEntry(build.contentDir, 'page', 'about');
    expect(existing.code).toBe(1);
    expect(existing.out).toContain('A page "about" already exists');
    const dated = newEntry(build.contentDir, 'news', 'scaffold-news');
    expect(dated.code).toBe(1);
    expect(dated.out).toContain('already exists');
    const badType = newEntry(build.contentDir, 'article', 'x');
    expect(badType.code).toBe(1);
    expect(badType.out).toMatch(/Unknown type "article".*news, event, guide, partner, page/);
    const badSlug = newEntry(build.contentDir, 'guide', 'Ала Качуу');
    expect(badSlug.code).toBe(1);
    expect(badSlug.out).toContain('is not a valid slug');
  });

  test('a removed guide with a redirect: a redirect page, and the rule listed for static hosts', () => {
    expect(read('ru/guides/organ-removal/index.html')).toMatch(/http-equiv="refresh" content="0; url=\/ru\/guides\/"/);
    expect(read('_redirects')).toContain('/ky/guides/organ-removal/ /ky/guides/ 301');
  });

  test('a supplied logo is resized and served as WebP with its dimensions; others get a monogram', () => {
    expect(read('en/partners/iom/index.html')).toMatch(
      /<img[^>]+src="\/_astro\/iom-logo\.[^"]+\.webp"[^>]*width="72"[^>]*height="72"/,
    );
    expect(read('en/partners/ilo/index.html')).toMatch(/<svg class="monogram[^"]*"[\s\S]*?>ILO<\/text>/);
  });

  test('a news item missing in Kyrgyz: listed in Kyrgyz, marked as Russian, left out of the Kyrgyz feed', () => {
    const kyList = read('ky/news/index.html') + read('ky/news/2/index.html');
    const card = new RegExp(`data-news-item="${FALLBACK_NEWS}"[^]*?</article>`).exec(kyList)?.[0] ?? '';
    expect(card).toMatch(/data-available-in="ru"/);
    expect(card).toMatch(/орус/i);
    expect(read('ky/news/rss.xml')).not.toContain(`/ky/news/${FALLBACK_NEWS}/`);
    expect(read('ru/news/rss.xml')).toContain(`/ru/news/${FALLBACK_NEWS}/`);
    const article = read(`ky/news/${FALLBACK_NEWS}/index.html`);
    expect(article).toMatch(/data-fallback-notice/);
    expect(article).toMatch(/<article class="article prose" lang="ru"/);
    const ruList = read('ru/news/index.html') + read('ru/news/2/index.html');
    expect(new RegExp(`data-news-item="${FALLBACK_NEWS}"[^]*?</article>`).exec(ruList)?.[0]).not.toMatch(
      /data-available-in/,
    );
  });
});
