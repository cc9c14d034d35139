import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, LOCALES, LOCALE_INFO, RECORD_COLLECTIONS, TRANSLATED_SECTIONS } from '../../src/config/site.mjs';
import { LOCALES as TS_LOCALES } from '../../src/i18n/locales';

describe('site facts (src/config/site.mjs)', () => {
  it('is the list locales.ts gives TypeScript', () => {
    expect(TS_LOCALES).toBe(LOCALES);
    expect(Object.keys(LOCALE_INFO)).toEqual([...LOCALES]);
  });

  it('names every content folder that has pages, and only existing ones', () => {
    const folders = new Set(['news', 'guides', 'checks', 'pages', 'events', 'partners', 'regions', 'campaigns']);
    expect(new Set(Object.keys(COLLECTIONS))).toEqual(folders);
    expect(RECORD_COLLECTIONS).toEqual(['events', 'partners', 'regions', 'campaigns']);
  });

  it('lists a self-check missing a language among the fallback pages kept out of the sitemap', async () => {
    // The old sitemap table in astro.config.mjs had no `checks`, so this page was listed.
    const dir = mkdtempSync(join(tmpdir(), 'site-config-'));
    for (const lang of ['ky', 'ru']) {
      mkdirSync(join(dir, 'checks', 'job-offer-check'), { recursive: true });
      writeFileSync(join(dir, 'checks', 'job-offer-check', `${lang}.md`), '---\ntitle: x\n---\n');
    }
    process.env.CONTENT_DIR = dir;
    const { listFallbackPaths } = await import('../../src/node/content-dir.mjs');
    expect(TRANSLATED_SECTIONS).toMatchObject({ checks: 'guides' });
    expect(listFallbackPaths(TRANSLATED_SECTIONS, LOCALES)).toEqual(['/en/guides/job-offer-check/']);
  });
});
