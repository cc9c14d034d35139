import { describe, expect, test } from 'vitest';
import { gridMonths, monthGrid, monthWeeks, weekdayHeaders } from '../../src/lib/month-grid';
import { browserDatePatterns } from '../../src/lib/date-patterns';
import { fillDay, fillMonth } from '../../src/scripts/fill-date';
import { formatDate, formatMonth } from '../../src/lib/dates';
import { rawMessage } from '../../src/i18n/t';
import type { EventLike } from '../../src/lib/events';

const ev = (id: string, start: string, end?: string) => ({ id, data: { start, end } }) as unknown as EventLike;

describe('the month calendar', () => {
  test('shows the build month and the next two, across a new year', () => {
    expect(gridMonths('2026-12-02')).toEqual(['2026-12', '2027-01', '2027-02']);
    expect(gridMonths('2026-01-31')).toEqual(['2026-01', '2026-02', '2026-03']);
  });
  test('month weeks start on Monday', () => {
    const weeks = monthWeeks('2026-12'); // 1 December 2026 is a Tuesday
    expect(weeks[0]).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(monthWeeks('2027-02').flat().filter(Boolean)).toHaveLength(28);
  });
  test('an event is on each of its days; days outside the month are empty', () => {
    const grid = monthGrid('2026-12', [
      ev('one-day', '2026-12-04T16:00'),
      ev('three-days', '2026-12-30', '2027-01-01'),
    ]);
    const day = (n: number) => grid.flat().find((c) => c?.day === n);
    expect(grid[0]![0]).toBeNull();
    expect(day(4)!.events.map((e) => e.id)).toEqual(['one-day']);
    expect(day(4)!.date).toBe('2026-12-04');
    expect(day(5)!.events).toEqual([]);
    expect(day(31)!.events.map((e) => e.id)).toEqual(['three-days']);
    const january = monthGrid('2027-01', [ev('three-days', '2026-12-30', '2027-01-01')]).flat();
    expect(january.find((c) => c?.day === 1)!.events).toHaveLength(1);
    expect(january.find((c) => c?.day === 2)!.events).toHaveLength(0);
  });
  test('weekday headers are two letters without a full stop, with the full name for screen readers', () => {
    const ky = weekdayHeaders('ky', rawMessage('ky', 'events.weekdays') as string);
    expect(ky.map((d) => d.short)).toEqual(['Дш', 'Шш', 'Шр', 'Бш', 'Жм', 'Иш', 'Жк']);
    expect(ky.map((d) => d.long)).toEqual([
      'дүйшөмбү',
      'шейшемби',
      'шаршемби',
      'бейшемби',
      'жума',
      'ишемби',
      'жекшемби',
    ]);
    // Each abbreviation is the first letter of its day and one more of the same word.
    for (const { short, long } of ky)
      expect(long.toLowerCase()).toMatch(new RegExp(`^${short[0]!.toLowerCase()}.*${short[1]}`));
    expect(
      weekdayHeaders('ru', rawMessage('ru', 'events.weekdays') as string)
        .map((d) => d.short)
        .join(' '),
    ).toBe('Пн Вт Ср Чт Пт Сб Вс');
    const en = weekdayHeaders('en', rawMessage('en', 'events.weekdays') as string);
    expect(en.map((d) => d.short).join(' ')).toBe('Mo Tu We Th Fr Sa Su');
    expect(en[6]!.long).toBe('Sunday');
    for (const lang of ['ky', 'ru', 'en'] as const)
      for (const { short } of weekdayHeaders(lang, rawMessage(lang, 'events.weekdays') as string))
        expect(short).toMatch(/^\p{Lu}\p{Ll}$/u);
    expect(() => weekdayHeaders('en', 'Mo Tu We')).toThrow(/7 days/);
  });
});

describe('date patterns for the browser', () => {
  test('give the same text as the build, Kyrgyz month names included', () => {
    for (const lang of ['ky', 'ru', 'en'] as const) {
      const { days, months } = browserDatePatterns(lang);
      for (const day of ['2027-01-05', '2026-07-30', '2028-12-31'])
        expect(fillDay(days, day)).toBe(formatDate(day, lang));
      expect(fillMonth(months, '2027-01')).toBe(formatMonth('2027-01-01', lang));
    }
    expect(fillDay(browserDatePatterns('ky').days, '2027-01-05')).toBe('2027-ж., 5-январь');
    expect(fillMonth(browserDatePatterns('ru').months, '2027-03')).toMatch(/^март 2027/);
  });
});
