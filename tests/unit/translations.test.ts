import { describe, expect, test } from 'vitest';
import {
  groupTranslations,
  parseTranslationId,
  pickTranslation,
  translatedStaticPaths,
} from '../../src/lib/translations';

const entries = [
  { id: 'a-story/ru', filePath: 'content/news/a-story/ru.mdx' },
  { id: 'a-story/en', filePath: 'content/news/a-story/en.mdx' },
  { id: 'b-story/ky', filePath: 'content/news/b-story/ky.mdx' },
];

describe('translations of one entry', () => {
  test('files are grouped by slug with their languages in site order', () => {
    const groups = groupTranslations(entries);
    expect(groups.map((g) => [g.slug, g.languages])).toEqual([
      ['a-story', ['ru', 'en']],
      ['b-story', ['ky']],
    ]);
  });
  test('a missing Kyrgyz translation falls back to Russian, English to Russian too', () => {
    const [a] = groupTranslations(entries);
    expect(pickTranslation(a!, 'ky')).toMatchObject({ contentLang: 'ru', isFallback: true });
    expect(pickTranslation(a!, 'en')).toMatchObject({ contentLang: 'en', isFallback: false });
  });
  test('every slug gets a page in every language', () => {
    const paths = translatedStaticPaths(groupTranslations(entries));
    expect(paths).toHaveLength(6);
    expect(paths.find((p) => p.params.slug === 'b-story' && p.params.lang === 'en')?.props.contentLang).toBe('ky');
  });
  test('an unknown language in a file name names the file', () => {
    expect(() => parseTranslationId({ id: 'x/kz', filePath: 'content/news/x/kz.mdx' })).toThrow(
      /content\/news\/x\/kz\.mdx: unknown language "kz"/,
    );
  });
});
