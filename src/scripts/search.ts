/**
 * The search page in the browser: runs Pagefind (the index of the page's language), keeps the
 * query and filters in the URL, renders results as text. Excerpts keep only Pagefind's <mark>
 * highlights; everything else a reader types is shown as text, never run.
 */
import type { Message } from '../i18n/types';
import { safeExcerpt } from './safe-excerpt';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// Results are fetched a few at a time: each costs a request and some kilobytes on 2G.
/** Results shown at first (each costs a fragment download of 1-3 KB); "more" shows the next ones. */
const PAGE = 5;
const FILTERS = ['type', 'region', 'year'] as const;

export function startSearch(root: HTMLElement) {
  const lang = root.dataset.lang ?? 'en';
  const strings = JSON.parse(root.dataset.strings ?? '{}') as { resultsFor: Message; noResults: string; loading: string };
  const types = JSON.parse(root.dataset.types ?? '{}') as Record<string, string>;
  const regions = JSON.parse(root.dataset.regions ?? '{}') as Record<string, string>;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const selects = Object.fromEntries(FILTERS.map((f) => [f, form.querySelector<HTMLSelectElement>(`[data-filter=${f}]`)!]));
  const plural = new Intl.PluralRules(lang);
  const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'Asia/Bishkek' });
  // The list of all pages stays (a way to browse); only the "needs JavaScript" notice goes, and it keeps
  // its place so that nothing below it moves.
  root.querySelector('[data-search-fallback] .notice')?.setAttribute('data-obsolete', '');
  root.querySelector('[data-search-filters]')?.setAttribute('data-ready', '');

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (p: Pagefind) => {
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
      const values = Object.keys(available[f] ?? {}).sort((a, b) => (f === 'year' ? b.localeCompare(a) : label(f, a).localeCompare(label(f, b), lang)));
      for (const value of values) selects[f]!.append(new Option(label(f, value), value));
      selects[f]!.value = params.get(f) ?? '';
    }
  }

  let run = 0;
  let pending: { data(): Promise<PagefindResultData> }[] = [];
  async function search() {
    const p = await load(); // the filter menus are filled from the index before they are read
    const query = input.value.trim();
    const filters = Object.fromEntries(FILTERS.map((f) => [f, selects[f]!.value]).filter(([, v]) => v));
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters }).toString();
    history.replaceState(null, '', url);
    list.replaceChildren();
    more.hidden = true;
    if (!query && !Object.keys(filters).length) { status.textContent = ''; return; }
    const mine = ++run;
    status.textContent = strings.loading;
    const found = await p.search(query || null, { filters });
    if (mine !== run || !found) return;
    const count = found.results.length;
    const fill = (text: string) => text.replace('{count}', String(count)).replace('{query}', query);
    const message = typeof strings.resultsFor === 'string' ? strings.resultsFor : strings.resultsFor[plural.select(count) as 'one'] ?? strings.resultsFor.other;
    status.textContent = count ? fill(message) : fill(strings.noResults);
    pending = found.results;
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
      meta.textContent = [types[item.meta.type ?? 'page'], item.meta.date ? dateFormat.format(new Date(`${item.meta.date}T00:00:00+06:00`)) : ''].filter(Boolean).join(' · ');
      const excerpt = document.createElement('p');
      excerpt.append(safeExcerpt(item.excerpt));
      li.append(a, meta, excerpt);
      list.append(li);
    }
    more.hidden = pending.length === 0;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 250); });
  // Pagefind (about 85 KB) loads when the reader starts, not with the page: a reader on 2G who only
  // opened the page pays for the page.
  input.addEventListener('focus', () => void load(), { once: true });
  for (const f of FILTERS) selects[f]!.addEventListener('focus', () => void load(), { once: true });
  form.addEventListener('submit', (event) => { event.preventDefault(); void search(); });
  for (const f of FILTERS) selects[f]!.addEventListener('change', () => void search());
  more.addEventListener('click', () => void showMore());
  if (input.value || FILTERS.some((f) => params.get(f))) void search();
}
