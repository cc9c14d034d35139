/**
 * The facets of the site search: a page's type, its date (year) and regions, written as Pagefind
 * attributes on <main>. One place maps the site's page types to the six types readers filter by.
 */
export const SEARCH_TYPES = ['news', 'event', 'guide', 'partner', 'press', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const TYPE_OF_PAGE: Record<string, SearchType> = { news: 'news', event: 'event', guide: 'guide', partner: 'partner', press: 'press' };

export function searchType(pageType: string): SearchType {
  return TYPE_OF_PAGE[pageType] ?? 'page';
}

/** Attributes for <main>: `data-pagefind-body` plus filters (type, year, region), meta and sort. */
export function searchAttributes({ pageType, date, regions = [] }: { pageType: string; date?: string; regions?: readonly string[] }) {
  const type = searchType(pageType);
  const filters = [`type:${type}`, ...(date ? [`year:${date.slice(0, 4)}`] : []), ...regions.map((r) => `region:${r}`)];
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': filters.join(', '),
    'data-pagefind-meta': [`type:${type}`, ...(date ? [`date:${date.slice(0, 10)}`] : [])].join(', '),
    ...(date ? { 'data-pagefind-sort': `date:${date.slice(0, 10)}` } : {}),
  };
}
