/**
 * Astro-side access to news for pages, feeds and the home block: the collection read once,
 * listed per language through the plain logic in news.ts.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { getNewsGroups } from './content';
import { listNews, type ListedItem } from './news';

export type NewsItem = ListedItem<CollectionEntry<'news'>>;

/** All news for a reader of `lang`, newest first, fallbacks marked. */
export async function getNewsList(lang: Locale): Promise<NewsItem[]> {
  return listNews(await getNewsGroups(), lang);
}
