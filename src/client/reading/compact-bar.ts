/**
 * Getting around a long page: the compact bar appears when the reader scrolls up (past the
 * masthead) and hides on the way down; it names the section being read, and the desktop
 * contents (.toc) marks that section with aria-current. One passive scroll listener, work done
 * at most once a frame.
 */
const SHOW_AFTER_UP = 8; // px of upward scroll that count as "going back up", not a jitter

export function startCompactBar(): void {
  const bar = document.querySelector<HTMLElement>('[data-compact-bar]');
  const where = bar?.querySelector<HTMLElement>('[data-compact-where]');
  const header = document.getElementById('dau-trang');
  if (!bar || !where || !header) return;
  const headings = [...document.querySelectorAll<HTMLElement>('.article-body h2[id]')];
  const tocLinks = new Map(
    [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [decodeURIComponent(a.hash.slice(1)), a]),
  );
  let lastY = window.scrollY;
  let current: HTMLElement | undefined;
  let pending = false;
  let jumped = false;

  const update = () => {
    pending = false;
    const y = window.scrollY;
    const below = y > header.offsetTop + header.offsetHeight;
    if (jumped) {
      // A jump to an anchor is not the reader scrolling back up.
      jumped = false;
      lastY = y;
    }
    if (!below || y > lastY) bar.removeAttribute('data-visible');
    else if (lastY - y >= SHOW_AFTER_UP) bar.setAttribute('data-visible', '');
    if (Math.abs(y - lastY) >= SHOW_AFTER_UP || !below) lastY = y;

    // The section being read: the last heading above the upper fifth of the screen.
    const line = window.innerHeight / 5;
    let section: HTMLElement | undefined;
    for (const h of headings) {
      if (h.getBoundingClientRect().top <= line) section = h;
      else break;
    }
    if (section !== current) {
      if (current) tocLinks.get(current.id)?.removeAttribute('aria-current');
      current = section;
      if (section) tocLinks.get(section.id)?.setAttribute('aria-current', 'location');
      where.textContent = section?.textContent?.trim() || where.dataset.title || '';
    }
  };
  window.addEventListener(
    'scroll',
    () => {
      if (!pending) {
        pending = true;
        requestAnimationFrame(update);
      }
    },
    { passive: true },
  );
  // A jump to an anchor (from the bar, the contents, a figure) hides the bar, so it does not
  // cover the heading the reader jumped to.
  window.addEventListener('hashchange', () => {
    jumped = true;
    bar.removeAttribute('data-visible');
  });
  bar.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) {
      jumped = true;
      bar.removeAttribute('data-visible');
    }
  });
  update();
}
