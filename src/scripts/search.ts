/**
 * The search page in the browser: runs Pagefind (the index of the page's language) and renders
 * results as text. Excerpts keep only Pagefind's <mark> highlights; everything else a reader types
 * is shown as text, never run.
 *
 * Privacy: the query is never written to the address (it would land in the browser history, the
 * session files and address-bar suggestions). A link with ?q= still runs its search, and the
 * address is then cleaned with replaceState.
 */
import { formatMessage } from '../i18n/fill';
import type { Message } from '../i18n/types';
import { kyrgyzQuery } from '../lib/kyrgyz-stem';
import { safeExcerpt } from './safe-excerpt';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Results shown at first (each costs a fragment download of 1-3.5 KB; guides, which now come first,
 * are the longest); "more" shows the next ones. Three fill a phone screen above the bottom action
 * bar and keep the first Kyrgyz query under its 120 KB budget (116.9 KB; it was 120.0 with four).
 */
const PAGE = 3;
const FILTERS = ['type', 'region', 'year'] as const;
/** Longer queries are cut: nothing a reader searches for is longer, and it keeps hostile input small. */
export const MAX_QUERY = 200;

/** What Pagefind is asked: Kyrgyz words as stems (Pagefind matches them as prefixes), other languages as typed. */
export function pagefindQuery(query: string, lang: string): string {
  return lang === 'ky' ? kyrgyzQuery(query) : query;
}

/**
 * Guides, self-checks and the help page first, then everything else in Pagefind's order: two searches
 * over the same index chunks, so the order costs no download.
 */
async function rankedSearch(
  p: Pagefind,
  query: string | null,
  filters: Record<string, string>,
): Promise<PagefindResult[] | null> {
  const all = await p.search(query, { filters });
  if (!all || !query) return all?.results ?? null;
  const first = await p.search(query, { filters: { ...filters, rank: 'first' } });
  const ids = new Set(first?.results.map((r) => r.id));
  return [...(first?.results ?? []), ...all.results.filter((r) => !ids.has(r.id))];
}

export function startSearch(root: HTMLElement) {
  const lang = root.dataset.lang ?? 'en';
  const strings = JSON.parse(root.dataset.strings ?? '{}') as {
    resultsFor: Message;
    noResults: string;
    loading: string;
  };
  const types = JSON.parse(root.dataset.types ?? '{}') as Record<string, string>;
  const regions = JSON.parse(root.dataset.regions ?? '{}') as Record<string, string>;
  // The site's own date format (src/lib/dates.ts), rendered at build time for the 15th of each month
  // of 2026: the browser's Intl may not know Kyrgyz month names.
  const dateTemplates = JSON.parse(root.dataset.dates ?? '[]') as string[];
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const hints = root.querySelector<HTMLElement>('[data-search-hints]');
  const selects = Object.fromEntries(
    FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`[data-filter=${f}]`)!]),
  );
  const plural = new Intl.PluralRules(lang);
  const formatDay = (iso: string) => {
    const [year, month, day] = iso.split('-');
    const template = dateTemplates[Number(month) - 1];
    return template ? template.replace('2026', () => year!).replace('15', () => String(Number(day))) : iso;
  };
  // The list of all pages stays (a way to browse); only the "needs JavaScript" notice goes, and it keeps
  // its place so that nothing below it moves.
  root.querySelector('[data-search-fallback] .notice')?.setAttribute('data-obsolete', '');
  root.querySelector('[data-search-filters]')?.setAttribute('data-ready', '');
  hints?.setAttribute('data-ready', '');

  // A shared link (?q=…&type=…) runs once; then the address loses its query, so the words do not stay
  // in this tab's history entry.
  const params = new URLSearchParams(location.search);
  input.value = (params.get('q') ?? '').slice(0, MAX_QUERY);
  if (location.search) history.replaceState(history.state, '', location.pathname + location.hash);
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (p: Pagefind) => {
      // noWorker: Pagefind's Web Worker is another 12 KB to download; this index is small enough
      // to search on the main thread without a pause a reader would notice.
      await p.options({ excerptLength: 22, noWorker: true });
      await fillFilters(p);
      return p;
    }));

  async function fillFilters(p: Pagefind) {
    const available = await p.filters();
    const label = (f: string, v: string) => (f === 'type' ? types[v] : f === 'region' ? regions[v] : v) ?? v;
    for (const f of FILTERS) {
      const values = Object.keys(available[f] ?? {}).sort((a, b) =>
        f === 'year' ? b.localeCompare(a) : label(f, a).localeCompare(label(f, b), lang),
      );
      for (const value of values) selects[f]!.append(new Option(label(f, value), value));
      selects[f]!.value = params.get(f) ?? '';
    }
  }

  let run = 0;
  let pending: PagefindResult[] = [];
  async function search() {
    const p = await load(); // the filter menus are filled from the index before they are read
    const query = input.value.trim().slice(0, MAX_QUERY);
    const filters = Object.fromEntries(FILTERS.map((f) => [f, selects[f]!.value]).filter(([, v]) => v));
    list.replaceChildren();
    more.hidden = true;
    const mine = ++run;
    if (!query && !Object.keys(filters).length) {
      status.textContent = '';
      if (hints) hints.hidden = false;
      return;
    }
    status.textContent = strings.loading;
    const results = await rankedSearch(p, query ? pagefindQuery(query, lang) : null, filters);
    if (mine !== run || !results) return;
    const count = results.length;
    status.textContent = formatMessage(count ? strings.resultsFor : strings.noResults, { count, query }, plural);
    if (hints) hints.hidden = count > 0;
    pending = results;
    await showMore(mine);
  }

  async function showMore(mine = run) {
    const batch = pending.splice(0, PAGE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== run) return;
    for (const item of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = item.url;
      a.textContent = item.meta.title ?? item.url;
      const meta = document.createElement('div');
      meta.className = 'meta';
      // Type, date and regions: what tells apart results that share a title (events in several places).
      const where = (item.meta.regions ?? '')
        .split(' ')
        .map((r) => regions[r])
        .filter(Boolean)
        .join(', ');
      meta.textContent = [types[item.meta.type ?? 'page'], item.meta.date ? formatDay(item.meta.date) : '', where]
        .filter(Boolean)
        .join(' · ');
      const excerpt = document.createElement('p');
      excerpt.append(safeExcerpt(item.excerpt));
      li.append(a, meta, excerpt);
      list.append(li);
    }
    more.hidden = pending.length === 0;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  // Pagefind (about 85 KB) loads when the reader starts, not with the page: a reader on 2G who only
  // opened the page pays for the page.
  input.addEventListener('focus', () => void load(), { once: true });
  for (const f of FILTERS) selects[f]!.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  for (const f of FILTERS) selects[f]!.addEventListener('change', () => void search());
  more.addEventListener('click', () => void showMore());
  hints?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-suggest]');
    if (!button) return;
    input.value = button.dataset.suggest ?? '';
    void search();
  });
  if (input.value || FILTERS.some((f) => params.get(f))) void search();
}
