import { describe, expect, test } from 'vitest';
import { NEWS_PAGE_SIZE, listNews, listingPath, paginate, readingMinutes, relatedNews } from '../../src/lib/news';
import { groupTranslations } from '../../src/lib/translations';

const entry = (id: string, date: string, extra: { tags?: string[]; campaign?: string } = {}) => ({
  id,
  data: { date, tags: [], ...extra },
});

describe('news listing', () => {
  const groups = groupTranslations([
    entry('2018-a/ru', '2018-09-10'),
    entry('2018-a/ky', '2018-09-10'),
    entry('2018-a/en', '2018-09-10'),
    entry('2022-b/en', '2022-07-26'),
    entry('2022-b/ru', '2022-07-26'),
    entry('2017-c/ru', '2017-11-30'),
    entry('2018-d/en', '2018-09-10'),
  ]);

  test('lists every entry in every language, newest first, with the slug breaking ties', () => {
    expect(listNews(groups, 'ky').map((i) => i.slug)).toEqual(['2022-b', '2018-a', '2018-d', '2017-c']);
  });

  test('an entry missing in the reader’s language is listed in its fallback language and marked', () => {
    const ky = listNews(groups, 'ky');
    expect(ky.find((i) => i.slug === '2022-b')).toMatchObject({ contentLang: 'ru', isFallback: true });
    expect(ky.find((i) => i.slug === '2018-d')).toMatchObject({ contentLang: 'en', isFallback: true });
    expect(ky.find((i) => i.slug === '2018-a')).toMatchObject({ contentLang: 'ky', isFallback: false });
    expect(listNews(groups, 'en').find((i) => i.slug === '2017-c')).toMatchObject({
      contentLang: 'ru',
      isFallback: true,
    });
  });
});

describe('pagination', () => {
  test('splits items into pages of the page size and keeps the remainder on the last page', () => {
    const items = Array.from({ length: NEWS_PAGE_SIZE * 2 + 1 }, (_, i) => i);
    const pages = paginate(items);
    expect(pages.map((p) => p.items.length)).toEqual([NEWS_PAGE_SIZE, NEWS_PAGE_SIZE, 1]);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.every((p) => p.pageCount === 3)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  test('an exact multiple makes no empty page, and an empty list still has one page', () => {
    expect(paginate([1, 2, 3, 4], 2)).toHaveLength(2);
    expect(paginate([], 5)).toEqual([{ page: 1, pageCount: 1, items: [] }]);
  });

  test('the first page lives at news/ and the others at news/<n>/', () => {
    expect(listingPath(1)).toBe('news');
    expect(listingPath(2)).toBe('news/2');
  });
});

describe('reading time and related items', () => {
  test('reading time counts words, ignores imports and tags, and is at least one minute', () => {
    expect(readingMinutes("import x from './x.png';\n<Picture src={x} />")).toBe(1);
    expect(readingMinutes(Array(900).fill('слово').join(' '))).toBe(5);
  });

  test('related items share the campaign or tags, same campaign first, never the article itself', () => {
    const item = (slug: string, date: string, extra: { tags?: string[]; campaign?: string }) => ({
      slug,
      entry: entry(slug, date, extra),
    });
    const current = item('a', '2018-09-10', { campaign: '2018', tags: ['youth'] });
    const all = [
      current,
      item('b', '2022-01-01', { tags: ['youth'] }),
      item('c', '2018-07-01', { campaign: '2018' }),
      item('d', '2020-01-01', { tags: ['other'] }),
    ];
    expect(relatedNews(current, all).map((i) => i.slug)).toEqual(['c', 'b']);
  });
});
