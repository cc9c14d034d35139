/**
 * iCalendar (RFC 5545) feeds of the campaign's events. Written by hand because the rules that
 * matter here are few and must be exact: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, escaped text, Bishkek time zone (UTC+6, no daylight saving).
 */
export interface IcsEvent {
  uid: string;
  /** "2026-12-05" (all day) or "2026-12-05T15:00" (Bishkek time) */
  start: string;
  end?: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  categories?: string[];
}

export interface IcsCalendar {
  name: string;
  description?: string;
  /** Stable per build input, so that rebuilding the same content gives the same file. */
  stamp: string;
  events: IcsEvent[];
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into 75-octet pieces, continuing with a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (value: string) => value.replace(/[-:]/g, '');

/** The day after a "YYYY-MM-DD" day: all-day events end (exclusively) there. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function dateLines(name: 'DTSTART' | 'DTEND', value: string): string {
  return value.includes('T') ? `${name};TZID=Asia/Bishkek:${compact(value)}00` : `${name};VALUE=DATE:${compact(value)}`;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Bishkek',
  'X-LIC-LOCATION:Asia/Bishkek',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0600',
  'TZOFFSETTO:+0600',
  'TZNAME:+06',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function toIcs(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//100 days against trafficking in persons//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    'X-WR-TIMEZONE:Asia/Bishkek',
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    ...VTIMEZONE,
  ];
  for (const e of calendar.events) {
    // Editors write the last day of an all-day event; iCalendar wants the day after it.
    const allDay = !e.start.includes('T');
    const end = allDay ? nextDay(e.end ?? e.start) : e.end;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${calendar.stamp}`,
      dateLines('DTSTART', e.start),
      ...(end ? [dateLines('DTEND', end)] : []),
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.url ? [`URL:${e.url}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
