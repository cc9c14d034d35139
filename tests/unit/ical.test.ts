import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, toIcs } from '../../src/lib/ical';

const calendar = {
  name: 'Нарын облусу: иш-чаралар',
  stamp: '20261122T000000Z',
  events: [
    {
      uid: 'quiz@example',
      start: '2026-12-05T15:00',
      end: '2026-12-05T17:00',
      summary: 'Квиз; жаштар, Нарын',
      description: 'Биринчи сап\nЭкинчи сап, үтүр менен'.repeat(4),
      location: 'Жаштар борбору',
      url: 'https://example.org/ky/events/quiz/',
    },
    { uid: 'march@example', start: '2026-12-10', summary: 'Tynchtyk marshy' },
    { uid: 'fest@example', start: '2026-12-12', end: '2026-12-13', summary: 'Two days' },
  ],
};

describe('iCalendar', () => {
  const ics = toIcs(calendar);

  test('lines end in CRLF and no line is longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  test('folding never splits a Kyrgyz letter and unfolds to the original', () => {
    const line = `SUMMARY:${'ңөү'.repeat(40)}`;
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const piece of folded.split('\r\n'))
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(piece))).not.toThrow();
  });

  test('text is escaped', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });

  test('a real parser reads the events back, with Bishkek time and all-day dates', () => {
    const component = new ICAL.Component(ICAL.parse(ics));
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe(calendar.name);
    const events = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(['quiz@example', 'march@example', 'fest@example']);
    const [quiz, march, fest] = events;
    expect(quiz!.summary).toBe('Квиз; жаштар, Нарын');
    expect(quiz!.description).toContain('Биринчи сап\nЭкинчи сап, үтүр менен');
    expect(component.getAllSubcomponents('vevent')[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(
      'Asia/Bishkek',
    );
    expect(quiz!.startDate.toString()).toBe('2026-12-05T15:00:00');
    expect(march!.startDate.isDate).toBe(true);
    expect(march!.endDate.toString()).toBe('2026-12-11');
    expect(fest!.endDate.toString()).toBe('2026-12-14');
    expect(component.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Bishkek');
  });
});
