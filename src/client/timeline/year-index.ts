/**
 * The year index of the full timeline (TimelineYears.astro): marks the year being read
 * (aria-current on its link) and scrolls the index sideways to keep that year in view; tells
 * the sticky year headings how tall the index is (--tl-years-height), so they sit right under
 * it and a jump lands the heading just below it. Without JavaScript the links still jump.
 */
export function watchYears(): void {
  const index = document.querySelector<HTMLElement>('[data-tl-years]');
  const list = index?.querySelector<HTMLElement>('ol');
  if (!index || !list) return;
  const links = new Map([...index.querySelectorAll<HTMLAnchorElement>('a[data-year]')].map((a) => [a.dataset.year!, a]));
  const headings = [...document.querySelectorAll<HTMLElement>('.tl-year-block')];

  const measure = () => document.documentElement.style.setProperty('--tl-years-height', `${index.offsetHeight}px`);
  measure();
  new ResizeObserver(measure).observe(index);

  let current: string | undefined;
  const update = () => {
    const line = index.getBoundingClientRect().bottom + 8;
    // The year being read: the last visible year block whose top has reached the index.
    let year: string | undefined;
    for (const block of headings) {
      if (block.hidden) continue;
      if (block.getBoundingClientRect().top <= line) year = block.dataset.year;
      else break;
    }
    year ??= headings.find((b) => !b.hidden)?.dataset.year;
    if (year === current) return;
    if (current) links.get(current)?.removeAttribute('aria-current');
    current = year;
    const link = year ? links.get(year) : undefined;
    if (!link) return;
    link.setAttribute('aria-current', 'true');
    // Keep the current year inside the index's own scroll box (never scrolls the page).
    const box = list.getBoundingClientRect();
    const at = link.getBoundingClientRect();
    if (at.left < box.left || at.right > box.right) list.scrollLeft += at.left - box.left - (box.width - at.width) / 2;
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    },
    { passive: true },
  );
  addEventListener('hashchange', update);
  update();
}
