/**
 * Dates on the site are calendar days and wall-clock times in Kyrgyzstan (Asia/Bishkek, UTC+6,
 * no daylight saving). Content keeps them as strings ("2026-07-30", "2026-07-30T18:00");
 * these helpers turn them into instants and into text in the reader's language.
 */
import type { Locale } from '../i18n/locales';
import { LOCALE_INFO } from '../i18n/locales';
import { BISHKEK_OFFSET, TIME_ZONE, todayInBishkek } from '../config/time.mjs';

export { todayInBishkek };

/** "2026-07-30" or "2026-07-30T18:00" (Bishkek time) -> the instant it names. */
export function bishkekToDate(value: string): Date {
  const time = value.includes('T') ? value : `${value}T00:00`;
  return new Date(`${time}:00${BISHKEK_OFFSET}`);
}

/** ISO 8601 with the Bishkek offset, for `<time datetime>` and JSON-LD: "2026-07-30T18:00:00+06:00". */
export function toIsoWithOffset(value: string): string {
  return value.includes('T') ? `${value}:00${BISHKEK_OFFSET}` : value;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_INFO[lang].bcp47, { timeZone: TIME_ZONE, ...options });
    formatters.set(key, f);
  }
  return f;
}

/** "30 July 2026" / "30 июля 2026 г." / "2026-ж., 30-июль" */
export function formatDate(value: string | Date, lang: Locale): string {
  const date = typeof value === 'string' ? bishkekToDate(value) : value;
  return formatter(lang, { dateStyle: 'long' }).format(date);
}

/** "July 2026" / "июль 2026 г." / "2026-ж., июль" */
export function formatMonth(value: string | Date, lang: Locale): string {
  const date = typeof value === 'string' ? bishkekToDate(value) : value;
  return formatter(lang, { year: 'numeric', month: 'long' }).format(date);
}

/** "18:00" */
export function formatTime(value: string, lang: Locale): string {
  return formatter(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(bishkekToDate(value));
}

/** A day, or a day and time, as readers expect it: "30 July 2026, 18:00". */
export function formatDateTime(value: string, lang: Locale): string {
  return value.includes('T') ? `${formatDate(value, lang)}, ${formatTime(value, lang)}` : formatDate(value, lang);
}
