/**
 * Quick exit, as GOV.UK "Exit this page" and the NSW design system do it: the button or Shift pressed
 * three times within 5 seconds (never while typing) hides the page at once, gives the tab a neutral
 * title and replaces this page in the history with a neutral site, so Back does not return here.
 * An empty title would not hide anything: the tab and the history entry would show the page's address.
 */
const PRESSES = 3;
const WINDOW_MS = 5000;
const HIDDEN_CLASS = 'quick-exit-active';
/** The title of the neutral site the exit leads to, shown while it loads. */
const NEUTRAL_TITLE = 'Wikipedia';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function installQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link) return;
  const title = document.title;

  const leave = () => {
    document.documentElement.classList.add(HIDDEN_CLASS);
    document.title = NEUTRAL_TITLE;
    location.replace(link.href);
  };

  link.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return; // opening a new tab is the reader's choice
    event.preventDefault();
    leave();
  });

  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat || isTyping(event.target)) return;
    const now = Date.now();
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    if (presses.length >= PRESSES) leave();
  });

  // Restored from the back-forward cache: make the page usable again.
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    document.documentElement.classList.remove(HIDDEN_CLASS);
    document.title = title;
    presses = [];
  });
}
