/**
 * Turns each self-check's plain list into checkboxes with a live count, and shows only the outcome
 * that applies. State lives in the page only: nothing is sent or stored.
 *
 * Browsers keep form state on their own: they restore ticked boxes after Back (and write them into
 * the session files that restore tabs), and a page kept whole in the back/forward cache comes back
 * as it was left. For a reader on a shared or watched phone that is a record of which warning signs
 * fit. So the boxes opt out of form-state saving (autocomplete="off"), are cleared when the page is
 * left (pagehide), and cleared again whenever it is shown (pageshow, from the cache or not), and the
 * outcome is always recomputed from what is actually ticked.
 */
import { formatMessage } from '../i18n/fill';
import type { Message } from '../i18n/types';

export function enhanceSelfChecks(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-self-check]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const warningSigns = root.dataset.kind === 'warning-signs';
  const items = [...root.querySelectorAll<HTMLLIElement>('.check-items > li')];
  const status = root.querySelector<HTMLElement>('.check-status');
  const reset = root.querySelector<HTMLButtonElement>('.check-reset');
  const verdictLine = root.querySelector<HTMLElement>('.check-verdict');
  const verdict = JSON.parse(root.dataset.verdict ?? 'null') as { flagged: Message; clear: Message } | null;
  const plural = new Intl.PluralRules(root.dataset.lang ?? document.documentElement.lang);
  const outcomes = root.querySelectorAll<HTMLElement>('[data-outcome]');
  const boxes = items.map((li) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.autocomplete = 'off';
    box.id = `${li.id}-box`;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.append(...li.querySelectorAll('.check-text'));
    const advice = li.querySelector<HTMLElement>('.check-advice');
    if (advice) {
      // The advice belongs to a ticked warning sign; for precautions it explains why, so it stays visible.
      advice.id = `${li.id}-advice`;
      box.setAttribute('aria-describedby', advice.id);
      if (warningSigns) advice.hidden = true;
    }
    label.prepend(box);
    li.prepend(label);
    return { box, advice };
  });

  const update = () => {
    const ticked = boxes.filter((b) => b.box.checked).length;
    if (warningSigns) for (const b of boxes) if (b.advice) b.advice.hidden = !b.box.checked;
    const clear = warningSigns ? ticked === 0 : ticked === boxes.length;
    for (const o of outcomes) o.hidden = (o.dataset.outcome === 'clear') !== clear;
    if (status) {
      status.hidden = false;
      status.textContent = formatMessage(root.dataset.ticked ?? '{count}/{total}', {
        count: ticked,
        total: boxes.length,
      });
    }
    if (verdictLine && verdict) {
      verdictLine.hidden = false;
      verdictLine.dataset.state = clear ? 'clear' : 'flagged';
      verdictLine.textContent = formatMessage(
        clear ? verdict.clear : verdict.flagged,
        { count: warningSigns ? ticked : boxes.length - ticked },
        plural,
      );
    }
    if (reset) reset.hidden = ticked === 0;
  };
  const clearAll = () => {
    for (const b of boxes) b.box.checked = false;
    update();
  };
  let touched = false;
  root.addEventListener('change', () => {
    touched = true;
    update();
  });
  reset?.addEventListener('click', () => {
    clearAll();
    boxes[0]?.box.focus();
  });
  window.addEventListener('pagehide', clearAll);
  // On a first load a fast reader may already have ticked before `pageshow`: keep those ticks.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted || !touched) clearAll();
    touched = false;
  });
  root.classList.add('is-enhanced');
  update();
}
