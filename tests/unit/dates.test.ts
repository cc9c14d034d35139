import { describe, expect, test } from 'vitest';
import {
  bishkekToDate,
  formatDate,
  formatDateTime,
  formatMonth,
  toIsoWithOffset,
  todayInBishkek,
} from '../../src/lib/dates';

describe('dates in the Asia/Bishkek time zone', () => {
  test('a Bishkek wall-clock time is UTC+6', () => {
    expect(bishkekToDate('2026-07-30T18:00').toISOString()).toBe('2026-07-30T12:00:00.000Z');
    expect(bishkekToDate('2026-07-30').toISOString()).toBe('2026-07-29T18:00:00.000Z');
    expect(toIsoWithOffset('2026-07-30T18:00')).toBe('2026-07-30T18:00:00+06:00');
  });
  test('"today" is the Bishkek day, not the UTC day', () => {
    // 20:30 UTC on 29 July is already 30 July in Bishkek.
    expect(todayInBishkek(new Date('2026-07-29T20:30:00Z'))).toBe('2026-07-30');
  });
  test('months are named in each language, Kyrgyz included', () => {
    expect(formatDate('2018-09-10', 'en')).toBe('September 10, 2018');
    expect(formatDate('2018-09-10', 'ru')).toMatch(/^10 сентября 2018/);
    expect(formatDate('2018-09-10', 'ky')).toMatch(/сентябрь/);
    expect(formatMonth('2018-12-14', 'ky')).toMatch(/декабрь/);
    expect(formatDateTime('2026-07-30T18:00', 'ru')).toMatch(/30 июля 2026.*18:00/);
  });
});
