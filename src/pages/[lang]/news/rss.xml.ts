/** One RSS 2.0 feed per language: the news written in that language, newest first, with absolute links. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/t';
import { getNewsGroups } from '../../../lib/content';
import { bishkekToDate } from '../../../lib/dates';
import { localeStaticPaths } from '../../../lib/routes';
import { absoluteUrl, localePath } from '../../../lib/urls';

export const getStaticPaths = localeStaticPaths;

export async function GET({ params }: APIContext) {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const items = (await getNewsGroups()).flatMap((group) => {
    const entry = group.byLang[lang];
    if (!entry) return [];
    return [{
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: bishkekToDate(entry.data.date),
      link: absoluteUrl(localePath(lang, `news/${group.slug}`)),
      categories: entry.data.tags,
    }];
  });
  return rss({
    title: `${t('site.name')} — ${t('nav.news')}`,
    description: t('news.description'),
    site: absoluteUrl(localePath(lang)),
    items,
    customData: `<language>${lang}</language>`,
  });
}
