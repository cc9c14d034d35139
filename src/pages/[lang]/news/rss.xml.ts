/**
 * RSS 2.0 feed of one language. Only entries written in that language are in it: a feed reader
 * shows the text itself, and a feed in Russian should not suddenly carry English text.
 * (The HTML listing, by contrast, lists every entry and marks the fallbacks.)
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { LOCALES, LOCALE_INFO, type Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/t';
import { bishkekToDate } from '../../../lib/dates';
import { getNewsList } from '../../../data/news-data';
import { absoluteUrl, localePath } from '../../../lib/urls';

export function getStaticPaths() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

export async function GET(context: APIContext) {
  const lang = context.params.lang as Locale;
  const t = useTranslations(lang);
  const items = (await getNewsList(lang)).filter((item) => !item.isFallback);
  return rss({
    title: `${t('site.name')} — ${t('nav.news')}`,
    description: t('news.feedDescription'),
    site: absoluteUrl(localePath(lang)),
    customData: `<language>${LOCALE_INFO[lang].bcp47}</language>`,
    items: items.map(({ slug, entry }) => ({
      title: entry.data.title,
      link: absoluteUrl(localePath(lang, `news/${slug}`)),
      pubDate: bishkekToDate(entry.data.date),
      description: entry.data.summary,
      categories: [entry.data.kind, ...entry.data.tags],
    })),
  });
}
