/**
 * Open Graph cards (1200×630 PNG) drawn at build time: satori lays the card out as SVG with
 * the Noto Sans files of @fontsource/noto-sans (Latin + Vietnamese, read from node_modules, no
 * download), resvg turns it into PNG. Same input, same bytes: no dates, no randomness, fonts
 * embedded, so two builds produce identical files.
 */
import { routes } from './routes';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cachedBytes, versionOf } from './build-cache';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The card for pages without their own (home, lists, about). */
export const OG_DEFAULT_IMAGE = routes.siteCard;

export interface OgCard {
  /** Small capitals above the title: "Bài giải thích · Ngân sách, kinh tế". */
  kicker: string;
  title: string;
  /** One or two lines under the title (a takeaway, a summary). */
  text?: string | undefined;
  /** The bottom line: the source, or the site's promise. */
  footer: string;
}

const OG_RENDERERS = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans'].map(versionOf);

type Weight = 400 | 700 | 800;
let fonts: { name: string; data: Buffer; weight: Weight; style: 'normal' }[] | undefined;

function loadFonts() {
  if (fonts) return fonts;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (subset: string, weight: Weight) =>
    readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`));
  // Two subset files a weight, under two names: satori looks a glyph up family by family, in
  // the order of fontFamily, so the Vietnamese letters (ơ, ư, đ, ế…) come from their subset.
  fonts = ([400, 700, 800] as const).flatMap((weight) => [
    { name: 'Noto Sans Vietnamese', data: file('vietnamese', weight), weight, style: 'normal' as const },
    { name: 'Noto Sans', data: file('latin', weight), weight, style: 'normal' as const },
  ]);
  return fonts;
}

/** Cuts a text at a word boundary so the card never overflows. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:.\s]+$/, '')}…`;
}

const h = (type: string, style: Record<string, unknown>, children?: unknown) => ({ type, props: { style, children } });

function layout(card: OgCard) {
  const title = clip(card.title, 110);
  const titleSize = title.length > 80 ? 54 : title.length > 50 ? 62 : 70;
  return h(
    'div',
    {
      width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
      background: '#fdfcf8', color: '#1d1b18', fontFamily: 'Noto Sans, Noto Sans Vietnamese', borderTop: '16px solid #9c1f17', padding: '56px 72px 48px',
    },
    [
      h('div', { display: 'flex', flexDirection: 'column' }, [
        h('div', { fontSize: 26, fontWeight: 700, color: '#9c1f17', letterSpacing: 2, textTransform: 'uppercase' }, clip(card.kicker, 60)),
        h('div', { marginTop: 20, fontSize: titleSize, fontWeight: 800, lineHeight: 1.2 }, title),
        card.text ? h('div', { marginTop: 24, fontSize: 30, lineHeight: 1.4, color: '#57524a' }, clip(card.text, 150)) : null,
      ].filter(Boolean)),
      h('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', borderTop: '2px solid #d6d0c4', paddingTop: 20, fontSize: 24 }, [
        h('div', { fontWeight: 800 }, 'Hà Nội đổi mới cách lãnh đạo'),
        h('div', { color: '#57524a', maxWidth: 640, textAlign: 'right' }, clip(card.footer, 70)),
      ]),
    ],
  );
}

/** The PNG bytes, in a plain ArrayBuffer-backed array (what a Response body accepts). */
export async function renderOgPng(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const tree = layout(card);
  // The whole layout tree (texts and styles) is the cache key, with the renderers' and the
  // fonts' versions: a changed card, style or library draws anew (src/lib/build-cache.ts).
  const png = await cachedBytes('og-card', { tree, width: OG_WIDTH, height: OG_HEIGHT }, OG_RENDERERS, async () => {
    // The renderers load only when a card is missing from the cache.
    const [{ default: satori }, { renderAsync }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
    const svg = await satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: loadFonts() });
    // renderAsync rasterises in libuv's thread pool: Astro renders other pages meanwhile.
    return (await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })).asPng();
  });
  return new Uint8Array(png);
}
