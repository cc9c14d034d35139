import { describe, expect, test } from 'vitest';
import { formatDateRange } from '../../src/lib/date-range';
import { formatDate, formatDateTime } from '../../src/lib/dates';

/** ICU puts thin and no-break spaces around dashes and before "г."; compare the words. */
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('date ranges in the site style of each language', () => {
  test('Kyrgyz keeps the year first, as single Kyrgyz dates do, and names the month once when it is shared', () => {
    expect(plain(formatDateRange('2026-07-30', '2026-07-31', 'ky'))).toBe('2026-ж., 30–31-июль');
    expect(plain(formatDateRange('2026-07-30', '2026-08-02', 'ky'))).toBe('2026-ж., 30-июль – 2-август');
    expect(plain(formatDateRange('2026-12-30', '2027-01-02', 'ky'))).toBe('2026-ж., 30-декабрь – 2027-ж., 2-январь');
    // The same start as a single date: the range only adds to it.
    expect(formatDateRange('2026-07-30', '2026-08-02', 'ky').startsWith(formatDate('2026-07-30', 'ky'))).toBe(true);
  });
  test('Russian and English follow Intl formatRange', () => {
    expect(plain(formatDateRange('2026-07-30', '2026-07-31', 'ru'))).toBe('30–31 июля 2026 г.');
    expect(plain(formatDateRange('2026-07-30', '2026-08-02', 'ru'))).toBe('30 июля – 2 августа 2026 г.');
    expect(plain(formatDateRange('2026-12-30', '2027-01-02', 'ru'))).toBe('30 декабря 2026 г. – 2 января 2027 г.');
    expect(plain(formatDateRange('2026-07-30', '2026-08-02', 'en'))).toBe('July 30 – August 2, 2026');
  });
  test('times on one day keep the date once; times on two days give both in full', () => {
    expect(plain(formatDateRange('2026-07-30T18:00', '2026-07-30T20:00', 'ky'))).toBe('2026-ж., 30-июль, 18:00–20:00');
    expect(plain(formatDateRange('2026-07-30T18:00', '2026-07-30T20:00', 'ru'))).toBe('30 июля 2026 г., 18:00–20:00');
    expect(plain(formatDateRange('2026-07-30T18:00', '2026-07-30T20:00', 'en'))).toBe('July 30, 2026, 18:00 – 20:00');
    expect(plain(formatDateRange('2026-07-30T18:00', '2026-07-31T09:00', 'ky'))).toBe(
      `${formatDateTime('2026-07-30T18:00', 'ky')} – ${formatDateTime('2026-07-31T09:00', 'ky')}`,
    );
  });
  test('no end, or an end equal to the start, is a single date', () => {
    for (const lang of ['ky', 'ru', 'en'] as const) {
      expect(plain(formatDateRange('2026-07-30', undefined, lang))).toBe(formatDate('2026-07-30', lang));
      expect(plain(formatDateRange('2026-07-30T18:00', '2026-07-30T18:00', lang))).toBe(
        formatDateTime('2026-07-30T18:00', lang),
      );
    }
  });
  test('a day is the Bishkek day, whatever the time zone of the machine', () => {
    // 00:00 in Bishkek is 18:00 UTC the day before.
    expect(plain(formatDateRange('2026-08-01', '2026-08-02', 'en'))).toBe('August 1 – 2, 2026');
  });
});
