/**
 * Every page of a language, grouped by type: the search page's list for readers without
 * JavaScript. Add a section here when its pages are published.
 */
import { MAIN_SECTIONS } from '../config/site.mjs';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { getCollection } from 'astro:content';
import { getCampaigns, getNewsGroups, getPageGroups, getRegions, localize } from './content';
import type { SearchType } from '../lib/search-facets';
import { pickTranslation } from '../lib/translations';
import { localePath } from '../lib/urls';

/** How many of the newest news items the no-JS list shows. */
export const NEWS_LISTED = 20;

export interface IndexedPage {
  title: string;
  url: string;
}

export async function listPagesByType(lang: Locale): Promise<Partial<Record<SearchType, IndexedPage[]>>> {
  const t = useTranslations(lang);
  const pages: IndexedPage[] = MAIN_SECTIONS.map((s) => ({ title: t(s.label), url: localePath(lang, s.path) }));
  for (const group of await getPageGroups()) {
    if (pages.some((p) => p.url === localePath(lang, group.slug))) continue;
    pages.push({ title: pickTranslation(group, lang).entry.data.title, url: localePath(lang, group.slug) });
  }
  for (const region of await getRegions())
    pages.push({ title: localize(region.data.name, lang), url: localePath(lang, `regions/${region.id}`) });
  const partners = (await getCollection('partners'))
    .map((p) => ({ title: localize(p.data.name, lang), url: localePath(lang, `partners/${p.id}`) }))
    .sort((a, b) => a.title.localeCompare(b.title, lang));
  // The newest news only: the news section (listed above, it works without JS) pages through the
  // rest, and a list of thousands of items would outweigh the search itself (docs/search.md).
  const news = (await getNewsGroups())
    .slice(0, NEWS_LISTED)
    .map((g) => ({ title: pickTranslation(g, lang).entry.data.title, url: localePath(lang, `news/${g.slug}`) }));
  for (const c of await getCampaigns())
    pages.push({ title: localize(c.data.title, lang), url: localePath(lang, `campaigns/${c.id}`) });
  return { news, partner: partners, page: pages };
}
