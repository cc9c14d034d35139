/**
 * A span of Bishkek days or times as readers write it, in the site's date style (src/lib/dates.ts).
 * Russian and English use Intl's own `formatRange` ("30 июля – 2 августа 2026 г.", "July 30 – August 2,
 * 2026"). ICU's Kyrgyz range pattern puts the year last ("30–31-июль 2026-ж.") while the site writes
 * a single Kyrgyz date year first ("2026-ж., 30-июль"), so Kyrgyz ranges are assembled from the same
 * parts as a single date: "2026-ж., 30–31-июль", "2026-ж., 30-июль – 2-август".
 */
import type { Locale } from '../i18n/locales';
import { LOCALE_INFO } from '../i18n/locales';
import { TIME_ZONE } from '../config/time.mjs';
import { bishkekToDate, formatDate, formatDateTime } from './dates';

const dayFormat = (lang: Locale) =>
  new Intl.DateTimeFormat(LOCALE_INFO[lang].bcp47, { timeZone: TIME_ZONE, dateStyle: 'long' });
const timeFormat = (lang: Locale) =>
  new Intl.DateTimeFormat(LOCALE_INFO[lang].bcp47, {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

/** A Kyrgyz long date split into the year prefix ("2026-ж., ") and the rest ("30-июль"). */
function kyParts(date: Date): { year: string; prefix: string; day: string; dayMonth: string } {
  const parts = dayFormat('ky').formatToParts(date);
  const at = parts.findIndex((p) => p.type === 'day');
  const text = (from: number, to?: number) =>
    parts
      .slice(from, to)
      .map((p) => p.value)
      .join('');
  return {
    year: parts.find((p) => p.type === 'year')?.value ?? '',
    prefix: text(0, at),
    day: parts[at]?.value ?? '',
    dayMonth: text(at),
  };
}

function kyDayRange(start: Date, end: Date): string {
  const a = kyParts(start);
  const b = kyParts(end);
  if (a.year !== b.year) return `${a.prefix}${a.dayMonth} – ${b.prefix}${b.dayMonth}`;
  const sameMonth = a.dayMonth.slice(a.day.length) === b.dayMonth.slice(b.day.length);
  return sameMonth ? `${a.prefix}${a.day}–${b.dayMonth}` : `${a.prefix}${a.dayMonth} – ${b.dayMonth}`;
}

/**
 * "start" or "start – end", both as stored in content ("2026-07-30" or "2026-07-30T18:00").
 * Times on one day keep the date once: "30 July 2026, 18:00 – 20:00".
 */
export function formatDateRange(start: string, end: string | undefined, lang: Locale): string {
  if (!end || end === start) return formatDateTime(start, lang);
  const a = bishkekToDate(start);
  const b = bishkekToDate(end);
  const timed = start.includes('T');
  if (timed && start.slice(0, 10) === end.slice(0, 10))
    return `${formatDate(start, lang)}, ${timeFormat(lang).formatRange(a, b)}`;
  if (timed) return `${formatDateTime(start, lang)} – ${formatDateTime(end, lang)}`;
  return lang === 'ky' ? kyDayRange(a, b) : dayFormat(lang).formatRange(a, b);
}
