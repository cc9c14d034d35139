/** "Add to calendar": one event as an .ics file, /{lang}/events/{slug}.ics */
import type { APIContext } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALES, type Locale } from '../../../i18n/locales';
import { eventsIcs, icsResponse } from '../../../data/event-feeds';

export async function getStaticPaths() {
  const events = await getCollection('events');
  return LOCALES.flatMap((lang) => events.map((event) => ({ params: { lang, slug: event.id }, props: { event } })));
}

export async function GET({ params, props }: APIContext) {
  const event = props.event as CollectionEntry<'events'>;
  const lang = params.lang as Locale;
  return icsResponse(await eventsIcs(lang, [event], event.data.title[lang]));
}
