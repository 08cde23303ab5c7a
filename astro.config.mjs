// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import searchOffline from './src/integrations/search-offline.ts';

/** Where the site is published; canonical URLs, Open Graph, the sitemap and RSS use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

/** @param {'latin' | 'vietnamese'} subset */
const notoSans = (subset) => `./node_modules/@fontsource-variable/noto-sans/files/noto-sans-${subset}-wght-normal.woff2`;

export default defineConfig({
  site,
  // Tests that build fixture content trees use a cache of their own, so that entries of one
  // tree never leak into another build through the content layer's data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  compressHTML: false,
  // Styles inline in each page: no render-blocking CSS request on a first visit (one round trip
  // less on a slow phone network); the CSS is about 2 KB gzip.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // searchOffline runs last: it indexes and precaches what the others wrote.
  integrations: [mdx(), sitemap(), searchOffline()],
  // Images in articles (content/images/, Markdown inside <Figure>): Astro writes WebP at several
  // widths with srcset and sizes, width/height and lazy loading. No inline styles (the policy
  // forbids them): the layout's CSS is in src/components/Figure.astro.
  image: { layout: 'constrained', responsiveStyles: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro marks each compiled MDX module with a "use astro:head-inject" directive that the
        // bundler warns about once per article (about 12 lines each); the warning is about
        // Astro's own code, not the content, and buried the editors' messages. Only that
        // warning is dropped; every other one still prints.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Shiki colours code with style="" attributes, which the policy below blocks; Prism uses classes.
  markdown: { syntaxHighlight: 'prism' },
  // Content Security Policy, as a <meta> in every page (README: "Content Security Policy").
  // Astro writes script-src and style-src with the hashes of its own scripts and styles; no
  // 'unsafe-inline'. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Noto Sans draws every Vietnamese letter well; the variable font covers all weights in two
  // files (latin ≈ 35 KB + vietnamese ≈ 14 KB). Astro writes a metric-matched fallback so text
  // shows at once and does not jump when the font arrives.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Noto Sans',
      cssVariable: '--font-body',
      fallbacks: ['Arial', 'sans-serif'],
      options: {
        variants: [
          {
            src: [notoSans('latin')],
            weight: '100 900',
            style: 'normal',
            display: 'swap',
            unicodeRange: ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+0304', 'U+0308', 'U+0329', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2191', 'U+2193', 'U+2212', 'U+2215', 'U+FEFF', 'U+FFFD'],
          },
          {
            src: [notoSans('vietnamese')],
            weight: '100 900',
            style: 'normal',
            display: 'swap',
            unicodeRange: ['U+0102-0103', 'U+0110-0111', 'U+0128-0129', 'U+0168-0169', 'U+01A0-01A1', 'U+01AF-01B0', 'U+0300-0301', 'U+0303-0304', 'U+0308-0309', 'U+0323', 'U+0329', 'U+1EA0-1EF9', 'U+20AB'],
          },
        ],
      },
    },
  ],
});
