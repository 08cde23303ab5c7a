/**
 * An address with an anchor inside a folded block (#trich-dan, #dinh-chinh, #nguon… in the
 * article's "Nguồn, trích dẫn và đính chính") opens the fold, on arrival and on every jump.
 * Chromium already reveals a closed <details> for a fragment; this covers the other browsers,
 * and an anchor on a block whose own fold is its first child (the contents, #muc-luc).
 */
function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  let changed = false;
  for (let el: HTMLElement | null = target; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) {
      el.open = true;
      changed = true;
    }
  }
  const own = target.firstElementChild;
  if (own instanceof HTMLDetailsElement && !own.open) {
    own.open = true;
    changed = true;
  }
  if (changed) target.scrollIntoView();
}

export function openTargetsOnJump(): void {
  openTarget();
  window.addEventListener('hashchange', openTarget);
}
