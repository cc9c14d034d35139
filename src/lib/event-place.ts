/**
 * Where an event happens, as one line of text in the reader's language. Pure: the caller passes
 * the region's name already looked up (src/lib/regions.ts).
 */
import type { Locale } from '../i18n/locales';
import type { EventData } from '../schemas/event';

type Place = Pick<EventData, 'venue' | 'locality'>;

/**
 * The full place for an event page, a calendar entry and JSON-LD: "venue, locality, region".
 * Empty when the event names no place (nationwide or online): the caller says so in words.
 */
export function eventPlace(data: Place, lang: Locale, region?: string): string {
  return [data.venue?.[lang], data.locality?.[lang], region].filter(Boolean).join(', ');
}

/**
 * The short place of a list item: "locality, region short name", or the locality alone.
 * Undefined when the event names no locality: the list says "nationwide".
 */
export function eventListPlace(data: Place, lang: Locale, regionShort?: string): string | undefined {
  const locality = data.locality?.[lang];
  if (!locality) return undefined;
  return regionShort ? `${locality}, ${regionShort}` : locality;
}
