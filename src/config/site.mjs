// The facts of the site, in one place. TypeScript (src/i18n/locales.ts, src/lib, components),
// astro.config.mjs, the plain-Node scripts (scripts/*.mjs) and the tests import them from here.
// Plain JavaScript with `@type {const}` so that `node` runs it without a build step and
// TypeScript still sees the literal types.
// SITE_URL lives in src/site-url.mjs: it validates the environment when loaded, and browser scripts
// import this module, so it must stay free of side effects.

/** The site's languages, in the order the language chooser shows them. */
export const LOCALES = /** @type {const} */ (['ky', 'ru', 'en']);

/** Kyrgyz is the state language and the first choice when a reader's preference matches nothing. */
export const DEFAULT_LOCALE = 'ky';

/** Each language's own name, its BCP 47 tag (Intl, hreflang, sitemap) and its Open Graph locale. */
export const LOCALE_INFO = /** @type {const} */ ({
  ky: { endonym: 'Кыргызча', bcp47: 'ky-KG', ogLocale: 'ky_KG' },
  ru: { endonym: 'Русский', bcp47: 'ru-KG', ogLocale: 'ru_RU' },
  en: { endonym: 'English', bcp47: 'en', ogLocale: 'en_US' },
});

/** A regular-expression alternation of the language codes, for path patterns: "ky|ru|en". */
export const LOCALE_PATTERN = LOCALES.join('|');

/**
 * The main sections, in the order readers need them most (header navigation, the search page's
 * no-JS list). `path` is the URL section under /<lang>/ ('' is the home page), `label` its UI key.
 */
export const MAIN_SECTIONS = /** @type {const} */ ([
  { path: '', label: 'nav.home' },
  { path: 'help', label: 'nav.help' },
  { path: 'guides', label: 'nav.guides' },
  { path: 'events', label: 'nav.events' },
  { path: 'news', label: 'nav.news' },
  { path: 'partners', label: 'nav.partners' },
  { path: 'press', label: 'nav.press' },
]);

/** The national hotline. 1899 is the only number the sources give for it. */
export const HOTLINE = '1899';

/**
 * Content collections (folders under content/): the URL section their pages live under and whether
 * they are written one file per language (`translated`), so a missing language gets a fallback page
 * (kept out of the sitemap) and a row in the translation status. Records (YAML) hold every language
 * in one file.
 * @type {Readonly<Record<string, { section: string, translated: boolean }>>}
 */
export const COLLECTIONS = {
  news: { section: 'news', translated: true },
  guides: { section: 'guides', translated: true },
  // Self-checks are served under /guides/ with the guides.
  checks: { section: 'guides', translated: true },
  pages: { section: '', translated: true },
  events: { section: 'events', translated: false },
  partners: { section: 'partners', translated: false },
  regions: { section: 'regions', translated: false },
  campaigns: { section: 'campaigns', translated: false },
};

/** Names of the collections written one file per language. */
export const TRANSLATED_COLLECTIONS = Object.keys(COLLECTIONS).filter((name) => COLLECTIONS[name]?.translated);
/** Names of the collections with every language in one record. */
export const RECORD_COLLECTIONS = Object.keys(COLLECTIONS).filter((name) => !COLLECTIONS[name]?.translated);

/** content folder -> URL section, for the translated collections (input of listFallbackPaths). */
export const TRANSLATED_SECTIONS = Object.fromEntries(
  TRANSLATED_COLLECTIONS.map((name) => [name, COLLECTIONS[name]?.section ?? '']),
);

/** Every folder of YAML records with text in each language, pages or not (facts, contacts and media
 * appear inside other pages): what the translation status counts for `needsReview`. */
export const TEXT_RECORD_FOLDERS = [...RECORD_COLLECTIONS, 'facts', 'contacts', 'media'];
