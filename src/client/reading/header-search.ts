/**
 * The header's search on phones: the icon opens a row holding the search box (the box itself,
 * its suggestions and its shortcuts are src/client/search's). Without this script the icon is a
 * plain link to /tim-kiem/. The shortcuts ("/", Ctrl/Cmd+K) focus the box; the row is opened
 * first, in the capture phase, so the box is focusable when the search script moves focus.
 */
export function enhanceHeaderSearch(): void {
  const header = document.querySelector<HTMLElement>('.site-header[data-header-search="on"]');
  const toggle = header?.querySelector<HTMLButtonElement>('[data-search-toggle]');
  const link = header?.querySelector<HTMLElement>('[data-search-link]');
  const input = header?.querySelector<HTMLInputElement>('#header-search-panel input');
  if (!header || !toggle || !link || !input) return;
  link.hidden = true;
  toggle.hidden = false;
  const setOpen = (open: boolean) => {
    if (open) header.setAttribute('data-search-open', '');
    else header.removeAttribute('data-search-open');
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => {
    const open = !header.hasAttribute('data-search-open');
    setOpen(open);
    if (open) input.focus();
  });
  window.addEventListener(
    'keydown',
    (event) => {
      const target = event.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      const palette = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      if (palette || (event.key === '/' && !typing)) setOpen(true);
      else if (event.key === 'Escape' && target === input && !input.value) {
        setOpen(false);
        toggle.focus();
      }
    },
    { capture: true },
  );
}
