/**
 * Typed access to the content collections. Pages read content only through here, so that
 * draft handling, sorting and localisation of `{ ky, ru, en }` fields happen in one place.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import type { LocalizedText } from '../schemas/fields';
import { groupTranslations, pickTranslation } from '../lib/translations';

/** The text of a `{ ky, ru, en }` field in one language. */
export function localize(field: LocalizedText, lang: Locale): string;
export function localize(field: LocalizedText | undefined, lang: Locale): string | undefined;
export function localize(field: LocalizedText | undefined, lang: Locale): string | undefined {
  return field?.[lang];
}

/** Regions in their editorial order (7 oblasts, then the 2 cities). */
export async function getRegions(): Promise<CollectionEntry<'regions'>[]> {
  return (await getCollection('regions')).sort((a, b) => a.data.order - b.data.order);
}

/** Campaign editions, newest first. */
export async function getCampaigns(): Promise<CollectionEntry<'campaigns'>[]> {
  return (await getCollection('campaigns')).sort((a, b) => b.data.start.localeCompare(a.data.start));
}

/** Plain pages grouped by slug (about, safety ...). */
export async function getPageGroups() {
  return groupTranslations(await getCollection('pages'));
}

type NewsGroups = ReturnType<typeof groupTranslations<CollectionEntry<'news'>>>;
let newsGroups: Promise<NewsGroups> | undefined;

/**
 * The text of a page that has a template of its own (help, press) in a reader's language, or its
 * fallback. A missing folder stops the build with what the page needs.
 */
export async function getPageText(slug: string, lang: Locale, purpose: string) {
  const group = (await getPageGroups()).find((g) => g.slug === slug);
  if (!group) throw new Error(`content/pages/${slug}/ is missing: ${purpose}`);
  return { ...pickTranslation(group, lang), languages: group.languages };
}

/** News grouped by slug, drafts left out of production builds, newest first. Read once per build (treat as read-only). */
export function getNewsGroups(): Promise<NewsGroups> {
  if (import.meta.env.DEV || !newsGroups) newsGroups = readNewsGroups();
  return newsGroups;
}

async function readNewsGroups(): Promise<NewsGroups> {
  const entries = await getCollection('news', (e) => import.meta.env.DEV || !e.data.draft);
  return groupTranslations(entries).sort(
    (a, b) => newestDate(b).localeCompare(newestDate(a)) || a.slug.localeCompare(b.slug),
  );
}

function newestDate(group: { byLang: Partial<Record<Locale, CollectionEntry<'news'>>> }): string {
  return Object.values(group.byLang).reduce((max, e) => (e && e.data.date > max ? e.data.date : max), '');
}

/** Guides grouped by slug, in their editorial order. */
export async function getGuideGroups() {
  return byOrder(groupTranslations(await getCollection('guides')));
}

/** Self-checks ("is this job offer safe?") grouped by slug, in their editorial order. */
export async function getCheckGroups() {
  return byOrder(groupTranslations(await getCollection('checks')));
}

function byOrder<G extends { slug: string; byLang: Partial<Record<Locale, { data: { order: number } }>> }>(
  groups: G[],
): G[] {
  const order = (g: G) => Object.values(g.byLang)[0]?.data.order ?? 100;
  return groups.sort((a, b) => order(a) - order(b) || a.slug.localeCompare(b.slug));
}
