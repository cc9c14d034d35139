/**
 * Astro-side access to news for pages, feeds and the home block: the collection read once,
 * listed per language through the plain logic in news.ts.
 */
import type { CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { getNewsGroups } from './content';
import { listNews, type ListedItem } from '../lib/news';

export type NewsItem = ListedItem<CollectionEntry<'news'>>;

const lists = new Map<Locale, Promise<NewsItem[]>>();

/** All news for a reader of `lang`, newest first, fallbacks marked. Built once per language: every article page asks. */
export function getNewsList(lang: Locale): Promise<NewsItem[]> {
  if (import.meta.env.DEV) return getNewsGroups().then((groups) => listNews(groups, lang));
  let list = lists.get(lang);
  if (!list) {
    list = getNewsGroups().then((groups) => listNews(groups, lang));
    lists.set(lang, list);
  }
  return list;
}
