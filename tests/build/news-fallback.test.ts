/**
 * All news items are translated today, so the "available in" marking is proved on a build whose
 * content lacks one translation: the Kyrgyz listing must still list the item, marked as Russian,
 * and the Kyrgyz feed must leave it out.
 */
import { afterAll, expect, test } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWithContent } from '../helpers/temp-build';

const SLUG = '2008-03-31-south-kazakhstan-story';
const build = buildWithContent(null, (contentDir) => rmSync(join(contentDir, 'news', SLUG, 'ky.md')));
afterAll(() => build.cleanup());

test('an item missing in Kyrgyz is listed on the Kyrgyz news pages, marked as available in Russian, and left out of the Kyrgyz feed', () => {
  expect(build.code, build.output).toBe(0);
  const pages = ['ky/news/index.html', 'ky/news/2/index.html']
    .map((p) => readFileSync(join(build.outDir, p), 'utf8'))
    .join('\n');
  const card = new RegExp(`data-news-item="${SLUG}"[^]*?</article>`).exec(pages)?.[0] ?? '';
  expect(card).toMatch(/data-available-in="ru"/);
  expect(card).toMatch(/орус/i);
  expect(readFileSync(join(build.outDir, 'ky/news/rss.xml'), 'utf8')).not.toContain(`/ky/news/${SLUG}/`);
  expect(readFileSync(join(build.outDir, 'ru/news/rss.xml'), 'utf8')).toContain(`/ru/news/${SLUG}/`);
  const ruPage =
    readFileSync(join(build.outDir, 'ru/news/index.html'), 'utf8') +
    readFileSync(join(build.outDir, 'ru/news/2/index.html'), 'utf8');
  const article = readFileSync(join(build.outDir, `ky/news/${SLUG}/index.html`), 'utf8');
  expect(article).toMatch(/data-fallback-notice/);
  expect(article).toMatch(/<article class="article prose" lang="ru"/);
  expect(new RegExp(`data-news-item="${SLUG}"[^]*?</article>`).exec(ruPage)?.[0]).not.toMatch(/data-available-in/);
});
