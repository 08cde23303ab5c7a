/**
 * A glossary term in the text opens its definition next to the word (below it, or above when
 * the screen has no room below; always inside the screen, 8 px from its edges). The term stays
 * one link, one focus stop: where the Popover API is missing nothing changes and the link
 * leads to the term's page. A modified click (new tab, Ctrl, Shift) keeps the link's meaning.
 */
const EDGE = 8;
const GAP = 6;

function place(pop: HTMLElement, word: HTMLElement): void {
  const rects = word.getClientRects();
  const r = rects[0] ?? word.getBoundingClientRect();
  const w = pop.offsetWidth;
  const h = pop.offsetHeight;
  const left = Math.min(Math.max(r.left, EDGE), window.innerWidth - w - EDGE);
  const last = rects[rects.length - 1] ?? r;
  let top = last.bottom + GAP;
  if (top + h > window.innerHeight - EDGE) {
    top = r.top - GAP - h >= EDGE ? r.top - GAP - h : Math.max(EDGE, window.innerHeight - h - EDGE);
  }
  pop.style.left = `${Math.max(EDGE, left)}px`;
  pop.style.top = `${top}px`;
}

export function enhanceTerms(): void {
  if (!('showPopover' in HTMLElement.prototype)) return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a.term__link[data-term-pop]')];
  for (const link of links) {
    link.setAttribute('aria-expanded', 'false');
    link.setAttribute('aria-controls', link.dataset.termPop!);
  }
  let open: { pop: HTMLElement; link: HTMLElement } | undefined;
  let frame = 0;
  const follow = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => open && place(open.pop, open.link));
  };
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.term__link[data-term-pop]');
    const pop = link && document.getElementById(link.dataset.termPop!);
    if (!link || !pop) return;
    event.preventDefault();
    if (pop.matches(':popover-open')) return;
    pop.showPopover();
    open = { pop, link };
    link.setAttribute('aria-expanded', 'true');
    place(pop, link);
  });
  document.addEventListener(
    'toggle',
    (event) => {
      const e = event as ToggleEvent;
      if (e.newState !== 'closed' || !open || e.target !== open.pop) return;
      open.link.setAttribute('aria-expanded', 'false');
      open = undefined;
    },
    true,
  );
  window.addEventListener('scroll', follow, { passive: true });
  window.addEventListener('resize', follow);
}
