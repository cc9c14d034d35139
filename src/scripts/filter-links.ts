/**
 * Filter links applied in place (events by region and type, partners by type, service and region).
 * Each link `a[data-filter-link="kind:value"]` leads to a static page that works without JS; with JS
 * a click shows the same selection at once, marks the link as current, names the selection in the
 * page title (`data-filter-label`) and puts that page's address in the history; back and forward
 * restore it. "" is the unfiltered page, whose title is `data-all-title` on the heading.
 */
import { formatMessage } from '../i18n/fill';

export function installFilterLinks(root: HTMLElement, title: HTMLElement, apply: (spec: string) => void): void {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[data-filter-link]')];
  const select = (spec: string, label: string) => {
    apply(spec);
    for (const link of links) {
      if (link.dataset.filterLink === spec) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    title.textContent = spec ? label : (title.dataset.allTitle ?? label);
  };
  for (const link of links) {
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
      event.preventDefault();
      select(link.dataset.filterLink ?? '', link.dataset.filterLabel ?? '');
      history.pushState({ filter: link.dataset.filterLink, label: link.dataset.filterLabel }, '', link.href);
    });
  }
  addEventListener('popstate', (event) => {
    const state = event.state as { filter?: string; label?: string } | null;
    const link = links.find((l) => l.href === location.href);
    select(state?.filter ?? link?.dataset.filterLink ?? '', state?.label ?? link?.dataset.filterLabel ?? '');
  });
}

/** A count in its plural form ("3 upcoming events"), from a message the page ships as JSON. */
export function countText(
  message: Parameters<typeof formatMessage>[0],
  count: number,
  rules: Intl.PluralRules,
): string {
  return formatMessage(message, { count }, rules);
}
