/**
 * Instant filtering of the partner directory. Filter links lead to static pages that work without
 * JS; here a click shows the same selection at once (src/scripts/filter-links.ts).
 */
import { countText, installFilterLinks } from './filter-links';

export function startPartnerFilter(root: HTMLElement) {
  const title = root.querySelector<HTMLElement>('[data-directory-title]');
  const count = root.querySelector<HTMLElement>('[data-directory-count]');
  // Markup changed: leave the working no-JS page alone.
  if (!title || !count) return;
  const counts = JSON.parse(count.dataset.counts ?? '""') as string | Record<string, string>;
  const plural = new Intl.PluralRules(count.dataset.lang);

  installFilterLinks(root, title, (spec) => {
    const [kind, value = ''] = spec.split(':');
    let shown = 0;
    for (const card of root.querySelectorAll<HTMLElement>('[data-partner]')) {
      const list = (name: string) => (card.dataset[name] ?? '').split(' ');
      const match =
        !spec ||
        (kind === 'type' && card.dataset.type === value) ||
        (kind === 'service' && list('services').includes(value)) ||
        (kind === 'region' && (card.dataset.regions === '*' || list('regions').includes(value)));
      card.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of root.querySelectorAll<HTMLElement>('[data-group]'))
      group.hidden = !group.querySelector('[data-partner]:not([hidden])');
    count.textContent = countText(counts, shown, plural);
  });
}
