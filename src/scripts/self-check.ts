/**
 * Turns each self-check's plain list into checkboxes with a live count, and shows only the outcome
 * that applies. State lives in the page only: nothing is sent or stored, a reload clears it.
 */
export function enhanceSelfChecks(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-self-check]')) enhance(root);
}

function enhance(root: HTMLElement): void {
  const warningSigns = root.dataset.kind === 'warning-signs';
  const items = [...root.querySelectorAll<HTMLLIElement>('.check-items > li')];
  const status = root.querySelector<HTMLElement>('.check-status');
  const reset = root.querySelector<HTMLButtonElement>('.check-reset');
  const outcomes = root.querySelectorAll<HTMLElement>('[data-outcome]');
  const boxes = items.map((li) => {
    const box = document.createElement('input');
    box.type = 'checkbox';
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
      status.textContent = (root.dataset.ticked ?? '{count}/{total}').replace('{count}', String(ticked)).replace('{total}', String(boxes.length));
    }
    if (reset) reset.hidden = ticked === 0;
  };
  root.addEventListener('change', update);
  reset?.addEventListener('click', () => {
    for (const b of boxes) b.box.checked = false;
    update();
    boxes[0]?.box.focus();
  });
  root.classList.add('is-enhanced');
  update();
}
