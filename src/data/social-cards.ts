/**
 * Which pages have a social card of their own, and what it says. The card endpoint
 * (src/pages/og/) draws exactly these; Base.astro links a page to its card, or to its
 * language's site card when the page has none (listings, filters, search).
 */
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { getNewsGroups, localize } from './content';
import { formatDate } from '../lib/dates';
import { getGuidesAndChecks } from '../lib/guides';
import { pickTranslation } from '../lib/translations';
import type { CardText } from '../node/card-image';

export interface SocialCard extends CardText {
  lang: Locale;
  /** Page path without the language, "" for the home page. */
  path: string;
}

/** "/og/en/news--2018-09-10-youth-launch.png"; the home page's card is the site card. */
export function cardUrl(lang: Locale, path: string): string {
  return `/og/${lang}/${path.replace(/^\/+|\/+$/g, '').replaceAll('/', '--') || 'home'}.png`;
}

async function collectCards(): Promise<SocialCard[]> {
  const [news, { guides, checks }, events] = await Promise.all([
    getNewsGroups(),
    getGuidesAndChecks(),
    getCollection('events'),
  ]);
  return LOCALES.flatMap((lang) => {
    const t = useTranslations(lang);
    const base = { lang, site: t('site.name'), hotline: t('layout.hotlineCall') };
    return [
      { ...base, path: '', title: t('site.name'), kicker: t('site.tagline') },
      { ...base, path: 'help', title: t('layout.hotlineCall'), kicker: t('nav.help') },
      { ...base, path: 'press', title: t('press.title'), kicker: t('site.shortName') },
      ...news.map((group) => {
        const { data } = pickTranslation(group, lang).entry;
        return {
          ...base,
          path: `news/${group.slug}`,
          title: data.title,
          kicker: `${t(`news.kind.${data.kind}`)} · ${formatDate(data.date, lang)}`,
        };
      }),
      ...guides.map((group) => ({
        ...base,
        path: `guides/${group.slug}`,
        title: pickTranslation(group, lang).entry.data.title,
        kicker: t('guides.title'),
      })),
      ...checks.map((group) => ({
        ...base,
        path: `guides/${group.slug}`,
        title: pickTranslation(group, lang).entry.data.title,
        kicker: t('guides.checksHeading'),
      })),
      ...events.map((event) => ({
        ...base,
        path: `events/${event.id}`,
        title: localize(event.data.title, lang),
        kicker: `${t(`eventType.${event.data.type}`)} · ${formatDate(event.data.start.slice(0, 10), lang)}`,
      })),
    ];
  });
}

let cards: Promise<SocialCard[]> | undefined;
let byPage: Promise<Map<string, SocialCard>> | undefined;
const key = (lang: Locale, path: string) => `${lang}:${path.replace(/^\/+|\/+$/g, '')}`;

/** Every card of the build (computed once; pages and the endpoint share it). */
export function getSocialCards(): Promise<SocialCard[]> {
  cards ??= collectCards();
  return cards;
}

/** The card a page links to in its Open Graph and Twitter metadata: its own, or its language's site card. */
export async function cardFor(lang: Locale, path: string): Promise<SocialCard> {
  byPage ??= getSocialCards().then((all) => new Map(all.map((c) => [key(c.lang, c.path), c])));
  const map = await byPage;
  return map.get(key(lang, path)) ?? map.get(key(lang, ''))!;
}
