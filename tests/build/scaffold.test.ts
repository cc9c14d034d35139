/** `npm run new` must produce entries that build, and refuse what it cannot create. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildWithContent, ROOT, type BuildResult } from '../helpers/temp-build';

function newEntry(contentDir: string, type: string, slug: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/new-entry.mjs'), type, slug], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

let build: BuildResult;
const outputs: Record<string, string> = {};
afterAll(() => build?.cleanup());

const ENTRIES = [
  ['news', '2030-05-01-scaffold-news'],
  ['event', '2030-05-02-scaffold-event'],
  ['guide', 'scaffold-guide'],
  ['partner', 'scaffold-partner'],
  ['page', 'scaffold-page'],
] as const;
const scaffoldAll = (contentDir: string) => {
  for (const [type, slug] of ENTRIES) {
    const run = newEntry(contentDir, type, slug);
    outputs[type] = run.out;
    expect(run.code, run.out).toBe(0);
  }
};

describe('npm run new', () => {
  test('a placeholder never goes live: the build refuses scaffold text, naming every file and field at once', () => {
    const refused = buildWithContent(null, (contentDir) => {
      scaffoldAll(contentDir);
      appendFileSync(
        join(contentDir, 'news/2030-05-01-scaffold-news/en.md'),
        '\n![TODO: what the map shows](./map.png)\n',
      );
      writeFileSync(join(contentDir, 'news/2030-05-01-scaffold-news/map.png'), '');
    });
    refused.cleanup();
    expect(refused.code).not.toBe(0);
    for (const line of [
      'content/news/2030-05-01-scaffold-news/ky.md: field "title" still holds the "TODO" placeholder',
      'content/news/2030-05-01-scaffold-news/ru.md: field "summary" still holds',
      'content/news/2030-05-01-scaffold-news/en.md: body still holds',
      'content/news/2030-05-01-scaffold-news/en.md: alt text still holds',
      'content/events/2030-05-02-scaffold-event.yaml: field "title.ky" still holds',
      'content/guides/scaffold-guide/ru.mdx: field "sources.title" still holds',
      'content/partners/scaffold-partner.yaml: field "description.en" still holds',
      'content/pages/scaffold-page/ky.mdx: field "description" still holds',
    ])
      expect(refused.output).toContain(line);
  });

  test('the path to publishing: scaffold, write the texts, and the site builds with them', () => {
    build = buildWithContent(null, (contentDir) => {
      scaffoldAll(contentDir);
      // The editor's step: every placeholder replaced by real text.
      for (const [type, slug] of ENTRIES) {
        const folder = { news: 'news', event: 'events', guide: 'guides', partner: 'partners', page: 'pages' }[type];
        const files =
          type === 'event' || type === 'partner'
            ? [`${slug}.yaml`]
            : readdirSync(join(contentDir, folder, slug)).map((f) => `${slug}/${f}`);
        for (const f of files) {
          const path = join(contentDir, folder, f);
          writeFileSync(path, readFileSync(path, 'utf8').replaceAll('TODO', 'Written'));
        }
      }
    });
    expect(build.code, build.output).toBe(0);
    expect(outputs.news).toMatch(
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

  test('refuses an existing slug, a bad type and a bad slug with a clear message', () => {
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
});
