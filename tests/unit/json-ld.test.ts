import { describe, expect, test } from 'vitest';
import { serializeJsonLd } from '../../src/lib/json-ld';
import { eventJsonLd } from '../../src/lib/event-json-ld';

const hostile = '</script><script>window.pwned=1</script><!-- \u2028\u2029';

describe('serializeJsonLd', () => {
  test('no "<" survives, so the text cannot close the script element or open a comment', () => {
    const out = serializeJsonLd({ name: hostile, nested: [{ name: '</SCRIPT >' }] });
    expect(out).not.toContain('<');
    expect(out).not.toMatch(/[\u2028\u2029]/);
    expect(out).toContain('\\u003c/script>');
    expect(out).toContain('\\u2028\\u2029');
  });
  test('the escaped text parses back to exactly the same data', () => {
    const data = { name: hostile, n: 1, list: ['a<b', 'ң ө ү'] };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe('eventJsonLd', () => {
  const base = {
    id: '2031-01-01-x',
    lang: 'en' as const,
    title: hostile,
    summary: 'Sum',
    placeName: 'School, Talas',
    locality: 'Talas',
    organisers: [{ name: 'Org <b>', url: 'https://example.org/' }, { name: 'No site' }],
  };
  test('an event in a place, with organisers, in Bishkek time', () => {
    const ld = eventJsonLd({ ...base, data: { start: '2031-01-01T10:00', end: '2031-01-01T12:00', type: 'quiz' } });
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: hostile,
      startDate: '2031-01-01T10:00:00+06:00',
      endDate: '2031-01-01T12:00:00+06:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      inLanguage: 'en',
      location: {
        '@type': 'Place',
        name: 'School, Talas',
        address: { addressCountry: 'KG', addressLocality: 'Talas' },
      },
      organizer: [
        { '@type': 'Organization', name: 'Org <b>', url: 'https://example.org/' },
        { '@type': 'Organization', name: 'No site' },
      ],
    });
    expect(ld.url).toMatch(/\/en\/events\/2031-01-01-x\/$/);
    expect(serializeJsonLd(ld)).not.toContain('<');
  });
  test('an online event has a virtual location and no end date when none is given', () => {
    const ld = eventJsonLd({
      ...base,
      data: { start: '2031-01-01', type: 'online', online: 'https://example.org/live' },
    });
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/live' });
    expect(ld).not.toHaveProperty('endDate');
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
  });
});
