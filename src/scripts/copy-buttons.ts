/**
 * Buttons that copy a text of the page (`data-copy` = the id of an input or element). They stay
 * hidden where the Clipboard API is missing (old browsers, insecure origins): the text is selectable.
 */
export function installCopyButtons(): void {
  if (!navigator.clipboard) return;
  const status = document.querySelector<HTMLElement>('.copy-status');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy ?? '');
    if (!source) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = source instanceof HTMLInputElement ? source.value : (source.textContent ?? '').trim();
      let message = button.dataset.copied ?? '';
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        message = button.dataset.failed ?? '';
        if (source instanceof HTMLInputElement) source.select();
      }
      if (status) status.textContent = message;
    });
  }
}
