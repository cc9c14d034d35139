/**
 * The events page in the browser: moves each event to "upcoming" or "past" by the reader's own
 * clock (the Bishkek day of src/config/time.mjs, the rule the build uses), so the page stays true
 * long after the build, and applies filters at once (src/scripts/filter-links.ts).
 */
import { fill } from '../i18n/fill';
import { todayInBishkek } from '../config/time.mjs';
import { countText, installFilterLinks } from './filter-links';
import { fillDay, fillMonth } from './fill-date';

/** Rebuilds a list from `items`, grouped under a heading per month, in the given order. */
function placeByMonth(target: HTMLElement, items: HTMLElement[], monthName: (month: string) => string) {
  target.replaceChildren();
  let month = '';
  let ul: HTMLUListElement | undefined;
  for (const item of items) {
    const m = (item.dataset.start ?? '').slice(0, 7);
    if (m !== month || !ul) {
      month = m;
      const section = document.createElement('section');
      section.dataset.month = m;
      const h3 = document.createElement('h3');
      h3.textContent = monthName(m);
      ul = document.createElement('ul');
      ul.className = 'event-list';
      section.append(h3, ul);
      target.append(section);
    }
    ul.append(item);
  }
}

export function startEvents(root: HTMLElement) {
  const upcoming = root.querySelector<HTMLElement>('[data-upcoming]');
  const past = root.querySelector<HTMLElement>('[data-past]');
  const title = root.querySelector<HTMLElement>('[data-events-title]');
  // Markup changed: leave the working no-JS page ("as of" the build) alone.
  if (!upcoming || !past || !title) return;
  const today = todayInBishkek();
  const items = [...root.querySelectorAll<HTMLElement>('[data-event]')];
  const counts = JSON.parse(root.dataset.counts ?? '""') as string | Record<string, string>;
  const plural = new Intl.PluralRules(root.dataset.lang ?? 'en');
  const days = JSON.parse(root.dataset.datePatterns ?? '[]') as string[];
  const months = JSON.parse(root.dataset.monthPatterns ?? '[]') as string[];
  const isUpcoming = (item: HTMLElement) => (item.dataset.last ?? '') >= today;

  if (today !== root.dataset.today) {
    // Upcoming soonest first, past latest first.
    const sorted = [...items].sort((a, b) => (a.dataset.start ?? '').localeCompare(b.dataset.start ?? ''));
    const monthName = (m: string) => fillMonth(months, m);
    placeByMonth(upcoming, sorted.filter(isUpcoming), monthName);
    placeByMonth(past, sorted.filter((i) => !isUpcoming(i)).reverse(), monthName);
  }
  const asOf = root.querySelector<HTMLElement>('[data-as-of]');
  if (asOf) asOf.textContent = fill(root.dataset.asOfToday ?? '', { date: fillDay(days, today) });

  // A filtered page holds only its own events: its region counts stay as built, and filter links
  // simply navigate. Only the full calendar recounts and filters in place.
  if (root.dataset.filtered === 'true') return;
  for (const el of root.querySelectorAll<HTMLElement>('[data-region-count], [data-map-count]')) {
    const region = el.dataset.regionCount ?? el.dataset.mapCount;
    const n = items.filter((i) => i.dataset.region === region && isUpcoming(i)).length;
    el.textContent = el.dataset.mapCount ? String(n) : countText(counts, n, plural);
  }
  const noneUpcoming = root.querySelector<HTMLElement>('[data-none-upcoming]');
  installFilterLinks(root, title, (spec) => {
    const [kind, value] = spec.split(':');
    for (const item of items) item.hidden = !!spec && item.dataset[kind === 'region' ? 'region' : 'type'] !== value;
    for (const section of root.querySelectorAll<HTMLElement>('[data-month]'))
      section.hidden = !section.querySelector('[data-event]:not([hidden])');
    if (noneUpcoming) noneUpcoming.hidden = !!upcoming.querySelector('[data-event]:not([hidden])');
  });
}
