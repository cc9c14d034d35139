import { describe, expect, test } from 'vitest';
import {
  archiveYears,
  feedStamp,
  groupByMonth,
  isRecent,
  isUpcoming,
  matchesEventFilter,
  countUpcomingByRegion,
  recentSince,
  splitByTime,
  toIcsEvents,
} from '../../src/lib/events';

const ev = (id: string, start: string, end?: string, region = 'naryn', type = 'quiz') =>
  ({ id, data: { start, end, region, type } }) as unknown as Parameters<typeof isUpcoming>[0];

describe('events', () => {
  const events = [
    ev('a', '2026-11-20T10:00'),
    ev('b', '2026-11-22', '2026-11-24'),
    ev('c', '2026-12-01T18:00'),
    ev('d', '2026-10-01'),
  ];
  test('an event is upcoming until its last Bishkek day has passed', () => {
    expect(isUpcoming(events[1]!, '2026-11-24')).toBe(true);
    expect(isUpcoming(events[1]!, '2026-11-25')).toBe(false);
  });
  test('upcoming soonest first, past latest first', () => {
    const { upcoming, past } = splitByTime(events, '2026-11-23');
    expect(upcoming.map((e) => e.id)).toEqual(['b', 'c']);
    expect(past.map((e) => e.id)).toEqual(['a', 'd']);
  });
  test('months group consecutive events', () => {
    expect(groupByMonth(splitByTime(events, '2026-01-01').upcoming).map((g) => [g.month, g.events.length])).toEqual([
      ['2026-10', 1],
      ['2026-11', 2],
      ['2026-12', 1],
    ]);
  });
  test("events older than 366 days leave the calendar for their year's archive", () => {
    expect(recentSince('2026-12-01')).toBe('2025-11-30');
    expect(isRecent(ev('x', '2025-11-30'), '2026-12-01')).toBe(true);
    expect(isRecent(ev('x', '2025-11-29'), '2026-12-01')).toBe(false);
    expect(isRecent(ev('x', '2025-11-01', '2025-12-02'), '2026-12-01'), 'judged by its last day').toBe(true);
    const all = [...events, ev('old', '2018-09-10'), ev('older', '2017-07-31'), ev('older2', '2017-08-01')];
    expect(archiveYears(all, '2026-12-01')).toEqual(['2018', '2017']);
  });
  test('filters by region or type', () => {
    expect(matchesEventFilter(ev('x', '2026-01-01', undefined, 'osh'), { kind: 'region', value: 'naryn' })).toBe(false);
    expect(matchesEventFilter(ev('x', '2026-01-01', undefined, 'osh', 'march'), { kind: 'type', value: 'march' })).toBe(
      true,
    );
  });
  test('upcoming events are counted per region; past ones and nationwide ones are not', () => {
    const counts = countUpcomingByRegion(
      [
        ...events,
        ev('e', '2026-12-05', undefined, 'osh'),
        { ...ev('f', '2026-12-05'), data: { start: '2026-12-05' } } as never,
      ],
      '2026-11-23',
    );
    expect(counts).toEqual({ naryn: 2, osh: 1 });
  });
  test('DTSTAMP is the build time, never in the future: the commit time when given, else the start of the build day', () => {
    const now = new Date('2026-12-02T18:51:37Z');
    expect(feedStamp(now, undefined)).toBe('20261202T000000Z');
    expect(feedStamp(new Date('2026-12-02T23:59:59Z'), undefined)).toBe('20261202T000000Z');
    expect(feedStamp(now, '1764000000')).toBe('20251124T160000Z');
    // A SOURCE_DATE_EPOCH later than now (a wrong clock or variable) is not trusted.
    expect(feedStamp(now, String(Date.parse('2027-04-18T00:00:00Z') / 1000))).toBe('20261202T000000Z');
    expect(feedStamp(now, 'yesterday')).toBe('20261202T000000Z');
  });
  test('an example event says so in words in the calendar, in the reader language', () => {
    const ex = {
      ...ev('x', '2026-12-05'),
      data: {
        ...ev('x', '2026-12-05').data,
        example: true,
        title: { ky: 'Квиз', ru: 'Квиз', en: 'Quiz' },
        summary: { ky: 's', ru: 's', en: 's' },
      },
    } as never;
    const [e] = toIcsEvents(
      [ex],
      'ru',
      (id) => id,
      () => 'Нарын',
      'h',
      { label: 'Пример', note: 'Это пример.' },
    );
    expect(e!.summary).toBe('Пример: Квиз');
    expect(e!.description).toBe('Это пример.\n\ns');
    expect(e!.summary).not.toContain('*');
  });
});
