/**
 * schema.org Event for one event page, in Bishkek time (+06:00). Pure: the page passes the texts
 * already in the reader's language. Serialise the result with serializeJsonLd (src/lib/json-ld.ts).
 */
import type { Locale } from '../i18n/locales';
import type { EventData } from '../schemas/event';
import { toIsoWithOffset } from './dates';
import { absoluteUrl, localePath } from './urls';

export interface EventJsonLdInput {
  id: string;
  lang: Locale;
  data: Pick<EventData, 'start' | 'end' | 'online' | 'type'>;
  /** Texts in `lang`. */
  title: string;
  summary: string;
  /** "venue, locality, region" or the "nationwide" label. */
  placeName: string;
  locality?: string;
  organisers: readonly { name: string; url?: string }[];
}

export function eventJsonLd({ id, lang, data, title, summary, placeName, locality, organisers }: EventJsonLdInput) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: title,
    description: summary,
    startDate: toIsoWithOffset(data.start),
    ...(data.end ? { endDate: toIsoWithOffset(data.end) } : {}),
    eventAttendanceMode:
      data.online || data.type === 'online'
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    inLanguage: lang,
    url: absoluteUrl(localePath(lang, `events/${id}`)),
    location: data.online
      ? { '@type': 'VirtualLocation', url: data.online }
      : {
          '@type': 'Place',
          name: placeName,
          address: {
            '@type': 'PostalAddress',
            addressCountry: 'KG',
            ...(locality ? { addressLocality: locality } : {}),
          },
        },
    organizer: organisers.map((o) => ({ '@type': 'Organization', name: o.name, ...(o.url ? { url: o.url } : {}) })),
  };
}
