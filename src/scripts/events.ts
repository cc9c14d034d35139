/**
 * The events page in the browser: moves each event to "upcoming" or "past" by the reader's own
 * clock (Bishkek day), so the page stays true long after the build, and applies filters at once.
 */
import { fill } from '../i18n/fill';
import type { Message } from '../i18n/types';
import { todayInBishkek } from '../config/time.mjs';

export function startEvents(root: HTMLElement) {
  const lang = root.dataset.lang ?? 'en';
  const today = todayInBishkek();
  const upcoming = root.querySelector<HTMLElement>('[data-upcoming]')!;
  const past = root.querySelector<HTMLElement>('[data-past]')!;
  const items = [...root.querySelectorAll<HTMLElement>('[data-event]')];
  const counts = JSON.parse(root.dataset.counts ?? '""') as Message;
  const plural = new Intl.PluralRules(lang);
  const datePatterns = JSON.parse(root.dataset.datePatterns ?? '[]') as string[];
  const monthPatterns = JSON.parse(root.dataset.monthPatterns ?? '[]') as string[];
  const formatDay = (day: string) =>
    (datePatterns[Number(day.slice(5, 7)) - 1] ?? day)
      .replace('{y}', day.slice(0, 4))
      .replace('{d}', String(Number(day.slice(8, 10))));
  const formatMonth = (month: string) =>
    (monthPatterns[Number(month.slice(5, 7)) - 1] ?? month).replace('{y}', month.slice(0, 4));

  if (today !== root.dataset.today) {
    // Rebuild both lists from the events, grouped by month, upcoming soonest first, past latest first.
    const sorted = [...items].sort((a, b) => (a.dataset.start ?? '').localeCompare(b.dataset.start ?? ''));
    const place = (target: HTMLElement, list: HTMLElement[]) => {
      target.replaceChildren();
      let month = '';
      let ul: HTMLUListElement | undefined;
      for (const item of list) {
        const m = (item.dataset.start ?? '').slice(0, 7);
        if (m !== month || !ul) {
          month = m;
          const section = document.createElement('section');
          section.dataset.month = m;
          const h3 = document.createElement('h3');
          h3.textContent = formatMonth(m);
          ul = document.createElement('ul');
          ul.className = 'event-list';
          section.append(h3, ul);
          target.append(section);
        }
        ul.append(item);
      }
    };
    place(
      upcoming,
      sorted.filter((i) => (i.dataset.last ?? '') >= today),
    );
    place(past, sorted.filter((i) => (i.dataset.last ?? '') < today).reverse());
  }
  const asOf = root.querySelector<HTMLElement>('[data-as-of]');
  if (asOf) asOf.textContent = fill(root.dataset.asOfToday ?? '', { date: formatDay(today) });
  for (const el of root.querySelectorAll<HTMLElement>('[data-region-count], [data-map-count]')) {
    const region = el.dataset.regionCount ?? el.dataset.mapCount;
    if (root.dataset.filtered === 'true') continue; // a filtered page does not hold every region's events
    const n = items.filter((i) => i.dataset.region === region && (i.dataset.last ?? '') >= today).length;
    if (el.dataset.mapCount) el.textContent = String(n);
    else
      el.textContent = (
        typeof counts === 'string' ? counts : (counts[plural.select(n) as 'one'] ?? counts.other)
      ).replace('{count}', String(n));
  }

  const title = root.querySelector<HTMLElement>('[data-events-title]')!;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter-link]')];
  const apply = (spec: string, label: string) => {
    const [kind, value] = spec.split(':');
    for (const item of items) item.hidden = !!spec && item.dataset[kind === 'region' ? 'region' : 'type'] !== value;
    for (const section of root.querySelectorAll<HTMLElement>('[data-month]'))
      section.hidden = !section.querySelector('[data-event]:not([hidden])');
    root.querySelector<HTMLElement>('[data-none-upcoming]')!.hidden =
      !!upcoming.querySelector('[data-event]:not([hidden])');
    for (const link of links) {
      if (link.dataset.filterLink === spec) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    title.textContent = spec ? label : (title.dataset.allTitle ?? label);
  };
  // Only the full calendar holds every event; on a filtered page, filter links simply navigate.
  if (root.dataset.filtered === 'true') return;
  for (const link of links) {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      apply(link.dataset.filterLink ?? '', link.dataset.filterLabel ?? '');
      history.pushState({ filter: link.dataset.filterLink, label: link.dataset.filterLabel }, '', link.href);
    });
  }
  addEventListener('popstate', (event) => {
    const state = event.state as { filter?: string; label?: string } | null;
    const link = links.find((l) => l.href === location.href);
    apply(state?.filter ?? link?.dataset.filterLink ?? '', state?.label ?? link?.dataset.filterLabel ?? '');
  });
}
