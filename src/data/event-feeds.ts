/** The iCalendar files the site publishes: one per region and language, one for all regions, one per event. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { SITE_URL } from '../site-url.mjs';
import { getRegions } from './content';
import { eventPlace } from '../lib/event-place';
import { feedStamp, isRecent, toIcs, toIcsEvents } from '../lib/events';
import { todayInBishkek } from '../lib/dates';
import { regionLookup, regionName } from '../lib/regions';
import { absoluteUrl, localePath } from '../lib/urls';

export async function eventsIcs(lang: Locale, events: CollectionEntry<'events'>[], name: string): Promise<string> {
  const t = useTranslations(lang);
  const findRegion = regionLookup(await getRegions());
  const place = (e: CollectionEntry<'events'>) =>
    eventPlace(e.data, lang, regionName(findRegion, e.data.region, lang)) || t('events.nationwide');
  return toIcs({
    name,
    // An empty feed says why, in the reader's language, in the calendar app's description.
    description: events.length ? t('events.description') : t('events.none'),
    stamp: feedStamp(),
    events: toIcsEvents(
      events,
      lang,
      (id) => absoluteUrl(localePath(lang, `events/${id}`)),
      place,
      new URL(SITE_URL).hostname,
      { label: t('layout.example'), note: t('layout.exampleNote') },
    ),
  });
}

/** Events of a subscription feed: upcoming ones and recent past ones (see RECENT_DAYS), soonest first. */
export async function feedEvents(region?: string) {
  const today = todayInBishkek();
  return (await getCollection('events'))
    .filter((e) => (!region || e.data.region === region) && isRecent(e, today))
    .sort((a, b) => a.data.start.localeCompare(b.data.start));
}

export const icsResponse = (body: string) =>
  new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
