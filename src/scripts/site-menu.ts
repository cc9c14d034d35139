/**
 * The phone menu as a disclosure button. Without JS the "Menu" link opens the navigation through
 * :target (#site-menu); with JS it toggles it in place (no jump, no history entry), says whether it
 * is open (aria-expanded) and Escape closes it, returning focus to the button.
 */
const OPEN = 'is-open';

export function installSiteMenu(): void {
  const toggle = document.querySelector<HTMLAnchorElement>('a[data-menu-toggle]');
  const menu = document.getElementById('site-menu');
  if (!toggle || !menu) return;
  toggle.setAttribute('role', 'button');
  toggle.setAttribute('aria-expanded', 'false');

  const set = (open: boolean) => {
    menu.classList.toggle(OPEN, open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  if (location.hash === '#site-menu') set(true);
  toggle.addEventListener('click', (event) => {
    event.preventDefault();
    set(toggle.getAttribute('aria-expanded') !== 'true');
  });
  // A link answers Enter by itself; a button also answers Space.
  toggle.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    toggle.click();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    set(false);
    toggle.focus();
  });
}
