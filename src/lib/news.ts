/**
 * News listing logic kept free of Astro so it can be unit-tested: which items a language's
 * listing shows, in which order, split into pages, and which ones are read in another language.
 */
import { FALLBACK_ORDER, type Locale } from '../i18n/locales';
import type { TranslationGroup } from './translations';

/** Items per listing page. Small on purpose: each item is a card with a date and a summary, read on a phone. */
export const NEWS_PAGE_SIZE = 5;

/** Words per minute for the reading-time estimate (plain adult reading speed, any of our languages). */
export const WORDS_PER_MINUTE = 180;

interface Dated {
  data: { date: string; tags?: string[]; campaign?: string };
}

export interface ListedItem<E> {
  slug: string;
  entry: E;
  /** Language the text exists in; differs from the reader's when it is a fallback. */
  contentLang: Locale;
  isFallback: boolean;
}

/**
 * Every entry appears in every language's listing, newest first (slug breaks ties so the order is
 * stable). An entry missing in the reader's language is listed in the first language it has.
 */
export function listNews<E extends Dated>(groups: readonly TranslationGroup<E>[], lang: Locale): ListedItem<E>[] {
  return groups
    .map((group) => {
      const contentLang = FALLBACK_ORDER[lang].find((l) => group.byLang[l]);
      if (!contentLang) throw new Error(`news "${group.slug}" has no translation at all`);
      return { slug: group.slug, entry: group.byLang[contentLang] as E, contentLang, isFallback: contentLang !== lang };
    })
    .sort((a, b) => b.entry.data.date.localeCompare(a.entry.data.date) || a.slug.localeCompare(b.slug));
}

export interface NewsPage<T> {
  /** 1-based page number. */
  page: number;
  pageCount: number;
  items: T[];
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = NEWS_PAGE_SIZE): NewsPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, i) => ({
    page: i + 1,
    pageCount,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** Path (without language) of listing page n: "news" for the first, "news/2" after. */
export function listingPath(page: number): string {
  return page <= 1 ? 'news' : `news/${page}`;
}

/** Reading time in whole minutes (at least 1) of a Markdown/MDX body; imports and tags are not read. */
export function readingMinutes(body: string): number {
  const text = body.replace(/^import .*$/gm, '').replace(/<[^>]+>/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Items related to one article: same campaign first, then shared tags; newest first among equals.
 * Items with nothing in common are left out.
 */
export function relatedNews<T extends { slug: string; entry: Dated }>(current: T, all: readonly T[], limit = 3): T[] {
  const tags = new Set(current.entry.data.tags ?? []);
  const campaign = current.entry.data.campaign;
  const score = (item: T) =>
    (campaign && item.entry.data.campaign === campaign ? 10 : 0) +
    (item.entry.data.tags ?? []).filter((t) => tags.has(t)).length;
  const before = (a: { item: T; score: number }, b: { item: T; score: number }) =>
    a.score - b.score || a.item.entry.data.date.localeCompare(b.item.entry.data.date);
  // The best `limit` items in one pass: every article page asks, so this stays O(n), not O(n log n).
  const best: { item: T; score: number }[] = [];
  for (const item of all) {
    if (item.slug === current.slug) continue;
    const candidate = { item, score: score(item) };
    if (candidate.score <= 0) continue;
    if (best.length === limit && before(candidate, best[best.length - 1]!) <= 0) continue;
    const at = best.findIndex((b) => before(candidate, b) > 0);
    best.splice(at === -1 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((b) => b.item);
}

/** News older than this on the build day are not "latest" on the home page (docs/editing.md). */
export const LATEST_MAX_DAYS = 180;

/** Whether the newest item (its "YYYY-MM-DD" date) is too old to be called "latest" on `today`. */
export function isArchived(date: string, today: string): boolean {
  return Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date.slice(0, 10)}T00:00:00Z`) > LATEST_MAX_DAYS * 86_400_000;
}
