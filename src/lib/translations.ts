/**
 * Long texts are one file per language: content/<collection>/<slug>/<lang>.mdx. These helpers
 * group the files of one entry and pick the one a reader gets, falling back to another language
 * (with a notice) when their own is missing, so that no page is ever a 404.
 */
import { FALLBACK_ORDER, LOCALES, type Locale, isLocale } from '../i18n/locales';

interface FileEntry {
  id: string;
  filePath?: string;
}

export interface TranslationGroup<E> {
  slug: string;
  byLang: Partial<Record<Locale, E>>;
  /** Languages the entry is written in, in the site's order. */
  languages: Locale[];
}

/** Splits an entry id "2018-09-10-launch/ru" into slug and language; an unknown language fails the build. */
export function parseTranslationId(entry: FileEntry): { slug: string; lang: Locale } {
  const match = /^(.+)\/([^/]+)$/.exec(entry.id);
  const file = entry.filePath ?? entry.id;
  if (!match) {
    throw new Error(`${file}: expected the file at <slug>/<language>.mdx, e.g. 2018-09-10-launch/ru.mdx`);
  }
  const [, slug, lang] = match as unknown as [string, string, string];
  if (!isLocale(lang)) {
    throw new Error(
      `${file}: unknown language "${lang}" in the file name; expected ${LOCALES.map((l) => `${l}.mdx`).join(', ')}`,
    );
  }
  return { slug, lang };
}

/** Groups the translations of each entry by slug, sorted by slug. */
export function groupTranslations<E extends FileEntry>(entries: readonly E[]): TranslationGroup<E>[] {
  const groups = new Map<string, TranslationGroup<E>>();
  for (const entry of entries) {
    const { slug, lang } = parseTranslationId(entry);
    const group = groups.get(slug) ?? { slug, byLang: {}, languages: [] };
    group.byLang[lang] = entry;
    groups.set(slug, group);
  }
  for (const group of groups.values()) group.languages = LOCALES.filter((l) => group.byLang[l]);
  return [...groups.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

export interface PickedTranslation<E> {
  entry: E;
  /** Language the text is written in. */
  contentLang: Locale;
  /** True when the reader's language is missing and another one is shown. */
  isFallback: boolean;
}

/** The translation a reader of `lang` gets: their own, or the first available in FALLBACK_ORDER. */
export function pickTranslation<E>(group: TranslationGroup<E>, lang: Locale): PickedTranslation<E> {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const entry = group.byLang[candidate];
    if (entry) return { entry, contentLang: candidate, isFallback: candidate !== lang };
  }
  throw new Error(`content entry "${group.slug}" has no translation at all`);
}

/** getStaticPaths for a translated collection: one page per slug and language, fallbacks included. */
export function translatedStaticPaths<E>(groups: readonly TranslationGroup<E>[]) {
  return groups.flatMap((group) =>
    LOCALES.map((lang) => ({
      params: { lang, slug: group.slug },
      props: { ...pickTranslation(group, lang), translations: group.languages },
    })),
  );
}
