/**
 * Events: the upcoming/past split, month groups, and their iCalendar form. The split is made
 * at build time for readers without JS ("as of" the build) and again in the browser by the
 * reader's clock (src/scripts/events.ts), using the same rule: an event is upcoming until its
 * last day in Bishkek has passed.
 */
import type { Locale } from '../i18n/locales';
import type { EventData } from '../schemas/event';
import { toIcs, type IcsEvent } from './ical';

export interface EventLike {
  id: string;
  data: EventData;
}

/** The last Bishkek day of an event, "YYYY-MM-DD". */
export const lastDay = (e: EventLike) => (e.data.end ?? e.data.start).slice(0, 10);

export function isUpcoming(e: EventLike, today: string): boolean {
  return lastDay(e) >= today;
}

/**
 * How far back the calendar pages and subscription feeds reach. Older events live in the yearly
 * archive (/<lang>/events/archive/<year>/), so no page or feed grows with the years.
 */
export const RECENT_DAYS = 366;

/** The first day still "recent" on a build of `today`. */
export function recentSince(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - RECENT_DAYS * 86_400_000).toISOString().slice(0, 10);
}

export function isRecent(e: EventLike, today: string): boolean {
  return lastDay(e) >= recentSince(today);
}

/** Years that have events older than the recent window, newest first: the archive pages. */
export function archiveYears(events: readonly EventLike[], today: string): string[] {
  return [...new Set(events.filter((e) => !isRecent(e, today)).map((e) => e.data.start.slice(0, 4)))].sort().reverse();
}

/** Upcoming events soonest first, past events latest first. */
export function splitByTime<E extends EventLike>(events: readonly E[], today: string): { upcoming: E[]; past: E[] } {
  const sorted = [...events].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
  return {
    upcoming: sorted.filter((e) => isUpcoming(e, today)),
    past: sorted.filter((e) => !isUpcoming(e, today)).reverse(),
  };
}

/** Consecutive events of the same month ("YYYY-MM") together, in the given order. */
export function groupByMonth<E extends EventLike>(events: readonly E[]): { month: string; events: E[] }[] {
  const groups: { month: string; events: E[] }[] = [];
  for (const e of events) {
    const month = e.data.start.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.events.push(e);
    else groups.push({ month, events: [e] });
  }
  return groups;
}

export type EventFilter = { kind: 'region' | 'type'; value: string };
export function matchesEventFilter(e: EventLike, filter?: EventFilter): boolean {
  if (!filter) return true;
  return filter.kind === 'region' ? e.data.region === filter.value : e.data.type === filter.value;
}

/** Upcoming events per region id (regions without any are absent: read them as 0). */
export function countUpcomingByRegion(events: readonly EventLike[], today: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of events)
    if (e.data.region && isUpcoming(e, today)) counts[e.data.region] = (counts[e.data.region] ?? 0) + 1;
  return counts;
}

/**
 * DTSTAMP (RFC 5545 §3.8.7.2: with METHOD:PUBLISH, when the calendar was created): the build time,
 * never an event's date (that put it in the future). Reproducible: SOURCE_DATE_EPOCH (the commit
 * time, the convention of reproducible builds) when set, otherwise the start of the build's UTC day,
 * so two builds of the same day give the same file. Either way it is never later than `now`.
 */
export function feedStamp(
  now: Date = new Date(),
  sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH,
): string {
  const epoch = Number(sourceDateEpoch);
  const at =
    sourceDateEpoch && Number.isFinite(epoch) && epoch * 1000 <= now.getTime()
      ? new Date(epoch * 1000)
      : new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** How an example entry says so in a calendar app, in the reader's language (no bare "*"). */
export interface ExampleWords {
  label: string;
  note: string;
}

export function toIcsEvents<E extends EventLike>(
  events: readonly E[],
  lang: Locale,
  url: (id: string) => string,
  place: (e: E) => string,
  host: string,
  example?: ExampleWords,
): IcsEvent[] {
  return events.map((e) => ({
    uid: `${e.id}@${host}`,
    start: e.data.start,
    end: e.data.end,
    summary: e.data.example && example ? `${example.label}: ${e.data.title[lang]}` : e.data.title[lang],
    description: e.data.example && example ? `${example.note}\n\n${e.data.summary[lang]}` : e.data.summary[lang],
    location: place(e),
    url: url(e.id),
    categories: [e.data.type],
  }));
}
export { toIcs };
