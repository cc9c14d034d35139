import { expect, test } from '@playwright/test';
import { resolve } from 'node:path';
import { loadGlossary } from '../../src/node/glossary.mjs';
import { builtPages } from '../helpers/dist';
import { latinWords, visibleText } from '../helpers/visible-text';

// No stray English on Kyrgyz and Russian pages: every Latin-script word a reader sees must be in
// latinAllowed of content/glossary.yaml (programme names, UNODC …); addresses and e-mail are fine.
const { latinAllowed } = loadGlossary(resolve(import.meta.dirname, '../../content/glossary.yaml'));

test('the helper keeps the page language and drops marked English, code and addresses', () => {
  const html =
    '<body><p>Сайт <b>UNODC</b> report</p><p lang="en">Only English</p><code>npm run</code><a href="/x">www.iom.int</a><script>var x</script></body>';
  const text = visibleText(html, 'ky');
  expect(latinWords(text, ['UNODC'])).toEqual(['report']);
});

for (const lang of ['ky', 'ru'] as const) {
  test(`/${lang}/ pages show no Latin-script words outside the allowlist`, () => {
    const found = new Map<string, Set<string>>();
    const pages = builtPages().filter((p) => p.url.startsWith(`/${lang}/`) && /<html[^>]*lang="(ky|ru)/.test(p.html));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      for (const word of latinWords(visibleText(page.html, lang), latinAllowed)) {
        if (!found.has(word)) found.set(word, new Set());
        found.get(word)!.add(page.url);
      }
    }
    const report = [...found]
      .sort((a, b) => b[1].size - a[1].size)
      .map(([w, urls]) => `${w} (${urls.size} pages, e.g. ${[...urls].slice(0, 3).join(' ')})`);
    expect(
      report,
      `Latin words on /${lang}/ pages; translate them or add official Latin-only names to latinAllowed in content/glossary.yaml`,
    ).toEqual([]);
  });
}
