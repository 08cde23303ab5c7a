/**
 * Sharing and copying, one listener each for the whole page:
 * - "Chia sẻ" (details[data-share]) opens the system share sheet where navigator.share exists;
 *   the menu (copy, Zalo, Facebook) stays the way when it does not, or when sharing fails.
 * - Buttons with data-copy-text (the text itself) or data-copy-target (the id of an element
 *   whose text is copied) copy with the Clipboard API, and say so in their own label for a
 *   moment ("Đã chép"); they are hidden until this script shows them.
 */
let started = false;

function copiedFeedback(button: HTMLButtonElement): void {
  const label = button.textContent ?? '';
  const name = button.getAttribute('aria-label');
  const done = button.dataset.copied ?? 'Đã chép';
  button.textContent = done;
  if (name) button.setAttribute('aria-label', done);
  button.dataset.state = 'copied';
  window.setTimeout(() => {
    button.textContent = label;
    if (name) button.setAttribute('aria-label', name);
    delete button.dataset.state;
  }, 2000);
}

export function enhanceShareAndCopy(): void {
  if (started) return;
  started = true;
  if (navigator.clipboard) {
    for (const b of document.querySelectorAll<HTMLButtonElement>('[data-copy-text], [data-copy-target]')) b.hidden = false;
  }
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const copy = target.closest<HTMLButtonElement>('button[data-copy-text], button[data-copy-target]');
    if (copy) {
      const from = copy.dataset.copyTarget ? document.getElementById(copy.dataset.copyTarget) : null;
      const text = copy.dataset.copyText ?? from?.innerText.trim() ?? '';
      navigator.clipboard.writeText(text).then(
        () => copiedFeedback(copy),
        () => {
          copy.textContent = 'Không chép được: hãy bôi đen rồi chép';
        },
      );
      return;
    }
    const summary = target.closest('details[data-share] > summary');
    const share = summary?.parentElement as HTMLDetailsElement | undefined;
    if (!share || share.open || typeof navigator.share !== 'function') return;
    event.preventDefault();
    navigator.share({ title: share.dataset.shareTitle, url: share.dataset.shareUrl }).catch((error: unknown) => {
      // The reader closed the sheet: nothing to do. Any other failure: the menu instead.
      if (!(error instanceof DOMException && error.name === 'AbortError')) share.open = true;
    });
  });
  // A share menu closes on Esc or on a tap elsewhere.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-share][open]')) {
      d.open = false;
      d.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-share][open]')) {
      if (!d.contains(event.target as Node)) d.open = false;
    }
  });
}
