// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import searchOffline from './src/integrations/search-index.ts';
import offline from './src/integrations/offline.ts';
import cspPerPage from './src/integrations/csp-per-page.ts';

/** Where the site is published; canonical URLs, Open Graph, the sitemap and RSS use it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

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
  // cspPerPage trims each page's policy first; searchOffline indexes what the others wrote;
  // offline runs last: its service worker and offline manifest weigh the search index too.
  // The offline fallback page stays out of the sitemap.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/ngoai-tuyen/') }), cspPerPage(), searchOffline(), offline()],
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
});
