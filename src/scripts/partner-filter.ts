/**
 * Instant filtering of the partner directory. Filter links lead to static pages that work without
 * JS; here a click shows the same selection at once and puts that page's address in the history.
 */
import type { Message } from '../i18n/types';

export function startPartnerFilter(root: HTMLElement) {
  const title = root.querySelector<HTMLElement>('[data-directory-title]')!;
  const count = root.querySelector<HTMLElement>('[data-directory-count]')!;
  const counts = JSON.parse(count.dataset.counts ?? '""') as Message;
  const plural = new Intl.PluralRules(count.dataset.lang);
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter-link]')];

  function apply(spec: string, label: string) {
    const [kind, value] = spec.split(':');
    let shown = 0;
    for (const card of root.querySelectorAll<HTMLElement>('[data-partner]')) {
      const list = (name: string) => (card.dataset[name] ?? '').split(' ');
      const match =
        !spec ||
        (kind === 'type' && card.dataset.type === value) ||
        (kind === 'service' && list('services').includes(value!)) ||
        (kind === 'region' && (card.dataset.regions === '*' || list('regions').includes(value!)));
      card.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of root.querySelectorAll<HTMLElement>('[data-group]'))
      group.hidden = !group.querySelector('[data-partner]:not([hidden])');
    for (const link of links) {
      if (link.dataset.filterLink === spec) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    title.textContent = spec ? label : (title.dataset.allTitle ?? label);
    const form = typeof counts === 'string' ? counts : (counts[plural.select(shown) as 'one'] ?? counts.other);
    count.textContent = form.replace('{count}', String(shown));
  }

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
