/**
 * Values on touch, hover and keyboard, as an enhancement of the SVG drawn at build. Every mark
 * that stands for a figure is a <g data-figure> (src/lib/charts/svg.ts); the figure's row of
 * the chart's table (<tr data-figure>, on the page or, in the embed view, in a <template>)
 * holds its label, value, period and verbatim evidence. This script makes the marks controls
 * and shows that row's content in a popover beside the mark (a sheet at the bottom on a phone,
 * as Our World in Data's grapher does), with a link to the row.
 *
 * - Tap or click a mark: open (tap it again, tap outside or press Esc: close; the Popover API's
 *   light dismiss). Hover with a mouse: open, and close on leaving unless the pointer moves
 *   into the popover. Keyboard: one Tab stop per chart (roving tabindex), arrows move from mark
 *   to mark and show each value, Enter or Space opens, Esc closes and returns focus.
 * - Without JavaScript, or in a browser without the Popover API, nothing changes: the SVG is an
 *   image with its full text alternative and every value is in the table below it.
 */
const supportsPopover = typeof HTMLElement !== 'undefined' && Object.prototype.hasOwnProperty.call(HTMLElement.prototype, 'popover');

interface Details {
  heading: string;
  value: string;
  period: string;
  status: string;
  evidence: string;
  computed: string;
  href: string;
  external: boolean;
}

function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The figure's row: on the page, or in the embed view's <template> of rows. */
function rowOf(figure: Element, id: string): { row: Element; external: string | undefined } | undefined {
  const sel = `tr[data-figure="${CSS.escape(id)}"]`;
  const onPage = figure.querySelector(sel);
  if (onPage) return { row: onPage, external: undefined };
  const template = figure.querySelector<HTMLTemplateElement>('template[data-chart-rows]');
  const row = template?.content.querySelector(sel);
  return row ? { row, external: template!.dataset.chartRows } : undefined;
}

function detailsOf(figure: Element, mark: Element): Details | undefined {
  const id = mark.getAttribute('data-figure');
  if (!id) return undefined;
  const found = rowOf(figure, id);
  if (!found) return undefined;
  const { row, external } = found;
  const th = row.querySelector('th');
  const label = th?.cloneNode(true) as Element | undefined;
  label?.querySelectorAll('.chart__period, .badge').forEach((el) => el.remove());
  // A waffle group names its own cells ("112 xã … nâng cao, chưa kiểu mẫu"); the row counts the level.
  const ownTitle = mark.getAttribute('data-title');
  const heading = mark.classList.contains('waffle-group') && ownTitle ? ownTitle : text(label);
  const anchor = row.id ? `#${row.id}` : '';
  return {
    heading,
    value: text(row.querySelector('td.num')),
    period: text(th?.querySelector('.chart__period')),
    status: text(th?.querySelector('.badge')),
    evidence: text(row.querySelector('q')),
    computed: text(row.querySelector('.chart__computed')),
    href: external ? `${external}${anchor}` : anchor,
    external: external !== undefined,
  };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

function fill(tip: HTMLElement, d: Details, headingId: string): void {
  tip.replaceChildren();
  const head = el('p', 'chart-tip__heading', d.heading);
  head.id = headingId;
  tip.append(head);
  const value = el('p', 'chart-tip__value', d.value);
  if (d.status) value.append(' ', el('span', 'badge', d.status));
  tip.append(value);
  if (d.period) tip.append(el('p', 'chart-tip__period', `Thời gian: ${d.period}`));
  if (d.evidence) {
    const quote = el('p', 'chart-tip__evidence');
    quote.append('Bài báo viết: ', el('q', '', d.evidence));
    tip.append(quote);
  }
  if (d.computed) tip.append(el('p', 'chart-tip__computed', d.computed));
  const foot = el('p', 'chart-tip__foot');
  const link = el('a', 'chart-tip__link', 'Xem dòng này trong bảng số liệu');
  link.href = d.href;
  if (d.external) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  const close = el('button', 'chart-tip__close', 'Đóng');
  close.type = 'button';
  foot.append(link, close);
  tip.append(foot);
}

const wide = () => matchMedia('(min-width: 40rem)').matches;

/** Beside the mark on a wide screen (below it, kept inside the viewport); a bottom sheet on a phone (CSS). */
function place(tip: HTMLElement, mark: Element): void {
  if (!wide()) {
    tip.style.removeProperty('left');
    tip.style.removeProperty('top');
    return;
  }
  const r = mark.getBoundingClientRect();
  const width = tip.offsetWidth;
  const left = Math.min(Math.max(8, r.left), innerWidth - width - 8);
  const below = r.bottom + 8;
  const top = below + tip.offsetHeight > innerHeight - 8 && r.top - tip.offsetHeight - 8 > 8 ? r.top - tip.offsetHeight - 8 : below;
  tip.style.left = `${left + scrollX}px`;
  tip.style.top = `${top + scrollY}px`;
}

function enhance(figure: HTMLElement, index: number): void {
  const plot = figure.querySelector('.chart__plot');
  const svgs = [...figure.querySelectorAll<SVGSVGElement>('svg.chart-svg')];
  if (!plot || svgs.length === 0) return;
  const tip = document.createElement('div');
  tip.id = `${figure.id || `bieu-do-${index}`}-gia-tri`;
  tip.className = 'chart-tip';
  tip.popover = 'auto';
  tip.setAttribute('role', 'dialog');
  tip.setAttribute('aria-labelledby', `${tip.id}-tieu-de`);
  // Right after the plot: Tab from the open mark reaches the popover's link next.
  plot.after(tip);

  let current: Element | undefined;
  let openedBy: 'hover' | 'other' = 'other';
  let wasOpenOn: Element | undefined;
  let hideTimer: number | undefined;

  const marksOf = (svg: SVGSVGElement) => [...svg.querySelectorAll<SVGGElement>('[data-figure]')];
  const setExpanded = (mark: Element | undefined, open: boolean) => mark?.setAttribute('aria-expanded', String(open));

  const show = (mark: Element, by: 'hover' | 'other') => {
    const details = detailsOf(figure, mark);
    if (!details) return;
    clearTimeout(hideTimer);
    if (current && current !== mark) setExpanded(current, false);
    current = mark;
    openedBy = by;
    fill(tip, details, `${tip.id}-tieu-de`);
    if (!tip.matches(':popover-open')) tip.showPopover();
    figure.querySelectorAll('.is-active').forEach((m) => m.classList.remove('is-active'));
    mark.classList.add('is-active');
    setExpanded(mark, true);
    place(tip, mark);
  };
  const hide = () => {
    if (tip.matches(':popover-open')) tip.hidePopover();
  };

  tip.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') {
      setExpanded(current, false);
      current?.classList.remove('is-active');
      current = undefined;
    }
  });
  tip.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('.chart-tip__close')) {
      const back = current;
      hide();
      (back as SVGElement | undefined)?.focus();
    }
    const link = target.closest<HTMLAnchorElement>('.chart-tip__link');
    // The table is folded: open it so the row the link points at can be seen.
    if (link && !link.target) figure.querySelector<HTMLDetailsElement>('details.chart__data')?.setAttribute('open', '');
  });
  tip.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') (current as SVGElement | undefined)?.focus();
  });
  // Focus leaving both the marks and the popover (Tab onwards) closes it.
  figure.addEventListener('focusout', (event) => {
    const to = (event as FocusEvent).relatedTarget as Element | null;
    if (!tip.matches(':popover-open') || !to) return;
    if (!tip.contains(to) && !to.closest('[data-figure]')) hide();
  });
  tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', (event) => {
    if ((event as PointerEvent).pointerType === 'mouse' && openedBy === 'hover') hideTimer = window.setTimeout(hide, 250);
  });

  for (const svg of svgs) {
    const marks = marksOf(svg);
    if (marks.length === 0) continue;
    // The marks become controls: the SVG is now a group of them, still named by its title.
    svg.setAttribute('role', 'group');
    marks.forEach((mark, i) => {
      mark.setAttribute('tabindex', i === 0 ? '0' : '-1');
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-expanded', 'false');
      mark.setAttribute('aria-controls', tip.id);
      // The name is the words drawn beside the mark (WCAG 2.5.3: label in name); a waffle group has none and takes its title.
      const drawn = [...mark.querySelectorAll(':scope > text')].map((t) => text(t)).join(' ');
      const title = text(mark.querySelector('title'));
      mark.setAttribute('data-title', title);
      mark.setAttribute('aria-label', drawn || title);
      // The popover replaces the browser's own tooltip (the <title>s), which would show the same words twice.
      mark.querySelectorAll('title').forEach((t) => t.remove());
    });
    const focusMark = (i: number) => {
      const next = marks[(i + marks.length) % marks.length]!;
      marks.forEach((m) => m.setAttribute('tabindex', m === next ? '0' : '-1'));
      next.focus();
    };
    svg.addEventListener('keydown', (event) => {
      const mark = (event.target as Element).closest('[data-figure]');
      if (!mark) return;
      const i = marks.indexOf(mark as SVGGElement);
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          focusMark(i + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          focusMark(i - 1);
          break;
        case 'Home':
          focusMark(0);
          break;
        case 'End':
          focusMark(marks.length - 1);
          break;
        case 'Enter':
        case ' ':
          if (current === mark && tip.matches(':popover-open')) hide();
          else show(mark, 'other');
          break;
        default:
          return;
      }
      event.preventDefault();
    });
    // On each mark, not on the <svg>: Chromium makes an SVG element with a focus listener a Tab
    // stop of its own, an empty stop before the first mark.
    marks.forEach((mark) =>
      mark.addEventListener('focusin', () => {
        // Focus from the keyboard shows the value; focus from a tap is handled by the click.
        if (mark.matches(':focus-visible')) show(mark, 'other');
      }),
    );
    svg.addEventListener('pointerdown', (event) => {
      const mark = (event.target as Element).closest('[data-figure]');
      wasOpenOn = mark && current === mark && tip.matches(':popover-open') && !(event.pointerType === 'mouse' && openedBy === 'hover') ? mark : undefined;
    });
    svg.addEventListener('click', (event) => {
      const mark = (event.target as Element).closest('[data-figure]');
      if (!mark) return;
      // A second tap on the open mark closes it (light dismiss already did on pointerdown).
      if (wasOpenOn === mark) {
        wasOpenOn = undefined;
        hide();
        return;
      }
      show(mark, 'other');
    });
    svg.addEventListener('pointerover', (event) => {
      if (event.pointerType !== 'mouse') return;
      const mark = (event.target as Element).closest('[data-figure]');
      if (mark && mark !== current) show(mark, 'hover');
      else clearTimeout(hideTimer);
    });
    svg.addEventListener('pointerout', (event) => {
      if (event.pointerType !== 'mouse' || openedBy !== 'hover') return;
      const to = event.relatedTarget as Element | null;
      if (to && (to.closest('[data-figure]') === current || tip.contains(to))) return;
      hideTimer = window.setTimeout(hide, 250);
    });
  }
}

if (supportsPopover) document.querySelectorAll<HTMLElement>('figure.chart').forEach(enhance);
