/**
 * The facets of the site search: a page's type, its date (year) and regions, written as Pagefind
 * attributes on <main>. One place maps the site's page types to the six types readers filter by.
 */
export const SEARCH_TYPES = ['news', 'event', 'guide', 'partner', 'press', 'page'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

const TYPE_OF_PAGE: Record<string, SearchType> = {
  news: 'news',
  event: 'event',
  guide: 'guide',
  partner: 'partner',
  press: 'press',
};

export function searchType(pageType: string): SearchType {
  return TYPE_OF_PAGE[pageType] ?? 'page';
}

/**
 * Pages a reader in trouble needs first: guides (with their self-checks) and the help page. The
 * search page asks for these before the rest (src/scripts/search.ts), so a guide that matches
 * ranks above events and news that only mention the word.
 */
const HELP_FIRST = new Set(['guide', 'help']);

/**
 * What the index knows of a page besides its text: one `key:value` per marker element, because
 * Pagefind reads a single inline value per attribute (a comma would become part of the value).
 */
export function searchFacets({
  pageType,
  date,
  regions = [],
}: {
  pageType: string;
  date?: string;
  regions?: readonly string[];
}) {
  const type = searchType(pageType);
  return {
    filters: [
      `type:${type}`,
      ...(date ? [`year:${date.slice(0, 4)}`] : []),
      ...regions.map((r) => `region:${r}`),
      ...(HELP_FIRST.has(pageType) ? ['rank:first'] : []),
    ],
    // Regions as ids separated by spaces (a comma would end the attribute's value), so results
    // that share a title (events) show where and when.
    meta: [
      `type:${type}`,
      ...(date ? [`date:${date.slice(0, 10)}`] : []),
      ...(regions.length ? [`regions:${regions.join(' ')}`] : []),
    ],
    sort: date ? `date:${date.slice(0, 10)}` : undefined,
  };
}
