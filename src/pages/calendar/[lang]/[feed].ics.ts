/** Subscribable feeds: /calendar/{lang}/all.ics and /calendar/{lang}/{region}.ics */
import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/t';
import { localize } from '../../../data/content';
import { eventsIcs, feedEvents, icsResponse } from '../../../data/event-feeds';

export async function getStaticPaths() {
  const regions = await getCollection('regions');
  return LOCALES.flatMap((lang) => [
    { params: { lang, feed: 'all' } },
    ...regions.map((r) => ({ params: { lang, feed: r.id }, props: { regionName: r.data.name } })),
  ]);
}

export async function GET({ params, props }: APIContext) {
  const lang = params.lang as Locale;
  const t = useTranslations(lang);
  const region = params.feed === 'all' ? undefined : params.feed;
  const name = `${t('site.shortName')}: ${region ? localize(props.regionName, lang) : t('events.calendarName')}`;
  return icsResponse(await eventsIcs(lang, await feedEvents(region), name));
}
