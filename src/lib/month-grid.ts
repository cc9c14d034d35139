/**
 * The month calendar of the events page: which months it shows, the weeks of a month (Monday first)
 * and the events on each day. Pure; the page draws it (src/components/events/MonthCalendar.astro).
 */
import type { Locale } from '../i18n/locales';
import { LOCALE_INFO } from '../i18n/locales';
import { lastDay, type EventLike } from './events';

/** The build month and the next `count - 1`, "YYYY-MM". The list below holds every event. */
export function gridMonths(today: string, count = 3): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, n) => new Date(Date.UTC(y, m - 1 + n, 1)).toISOString().slice(0, 7));
}

/** Weeks (Monday first) of a month as rows of day numbers, null outside the month. */
export function monthWeeks(month: string): (number | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

export interface GridDay<E> {
  day: number;
  /** "YYYY-MM-DD" */
  date: string;
  /** Events running on this day (a several-day event is on each of its days), in the given order. */
  events: E[];
}

/** A month's weeks with the events of each day; null outside the month. */
export function monthGrid<E extends EventLike>(month: string, events: readonly E[]): (GridDay<E> | null)[][] {
  return monthWeeks(month).map((week) =>
    week.map((day) => {
      if (!day) return null;
      const date = `${month}-${String(day).padStart(2, '0')}`;
      return { day, date, events: events.filter((e) => e.data.start.slice(0, 10) <= date && lastDay(e) >= date) };
    }),
  );
}

/**
 * Column headers Monday to Sunday: the two-letter abbreviations the dictionary gives
 * (`events.weekdays`, written without a full stop so they fit a narrow column) and the full day
 * name from Intl for screen readers.
 */
export function weekdayHeaders(lang: Locale, abbreviations: string): { short: string; long: string }[] {
  const short = abbreviations.split(/\s+/).filter(Boolean);
  if (short.length !== 7)
    throw new Error(`events.weekdays (${lang}) must name 7 days, Monday first: "${abbreviations}"`);
  const long = new Intl.DateTimeFormat(LOCALE_INFO[lang].bcp47, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return short.map((s, i) => ({ short: s, long: long.format(new Date(Date.UTC(2024, 0, 1 + i))) }));
}
