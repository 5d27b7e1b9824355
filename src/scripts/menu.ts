/**
 * The phone menu («Søk og meny», a <details> in SiteHeader.astro): Escape
 * closes it and puts focus back on its button, as for any disclosure that
 * covers the page. On wide screens the button is hidden and the panel always
 * shown (layout.css), so Escape does nothing there.
 */
export function closeMenuOnEscape(menu: HTMLDetailsElement): void {
  const toggle = menu.querySelector<HTMLElement>(':scope > summary');
  if (!toggle) return;
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    if (getComputedStyle(toggle).display === 'none') return;
    menu.open = false;
    toggle.focus();
  });
}
