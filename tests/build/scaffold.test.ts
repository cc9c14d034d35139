/**
 * A placeholder never goes live: entries fresh from `npm run new` stop the build, which names every
 * file and field still holding "TODO". The path to publishing (texts written, the build passes) and
 * the scaffold's own refusals are in tests/build/edited-content.test.ts.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { scaffoldAll } from '../helpers/scaffold';
import { buildWithContent } from '../helpers/temp-build';

test('the build refuses scaffold text, naming every file and field at once', () => {
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
