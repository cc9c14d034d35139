/**
 * Guides and self-checks share /<lang>/guides/<slug>/, the listing, the print leaflet and the offline
 * copy. This module is the one list of them, so the pages, the service worker and the tests agree.
 */
import { LOCALES, type Locale } from '../i18n/locales';
import { getCheckGroups, getGuideGroups } from '../data/content';
import { localePath } from './urls';

export async function getGuidesAndChecks() {
  const [guides, checks] = await Promise.all([getGuideGroups(), getCheckGroups()]);
  const guideSlugs = new Set(guides.map((g) => g.slug));
  const clash = checks.find((c) => guideSlugs.has(c.slug));
  if (clash) {
    throw new Error(
      `content/checks/${clash.slug}/ and content/guides/${clash.slug}/ would share the address /guides/${clash.slug}/: rename one folder`,
    );
  }
  return { guides, checks };
}

/** Pages a reader can save for offline reading, per language: help, the guides list, every guide and self-check. */
export async function offlinePages(): Promise<Record<Locale, string[]>> {
  const { guides, checks } = await getGuidesAndChecks();
  const slugs = [...guides, ...checks].map((g) => g.slug);
  return Object.fromEntries(
    LOCALES.map((lang) => [
      lang,
      [localePath(lang, 'help'), localePath(lang, 'guides'), ...slugs.map((s) => localePath(lang, `guides/${s}`))],
    ]),
  ) as Record<Locale, string[]>;
}
