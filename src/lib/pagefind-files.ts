/**
 * Which of Pagefind's files are which, by name: read by the offline plan (what a saved copy
 * holds), the service worker (how each is cached) and search availability (a failed core file
 * means search is down). A module of its own so that search's first query does not fetch the
 * offline plan's chunk (about 0.6 KB gzip) for one regular expression.
 */
/**
 * Pagefind files that are loaded before any query: not content-hashed, so revalidated.
 * pages.json is the site's own page list beside them (src/integrations/search-index.ts).
 */
export const PAGEFIND_CORE = /^pagefind\/(pagefind\.js|pagefind-entry\.json|pages\.json|wasm\.[\w-]+\.pagefind)$/;
/** Pagefind index, fragment, filter and meta chunks: their names carry a content hash. */
export const PAGEFIND_CHUNK = /^pagefind\/.*\.pf_(index|fragment|filter|meta)$/;

/** The same two, as the service worker's routes see them: full URLs, maybe with ?ts=… */
export const PAGEFIND_CORE_URL = /\/pagefind\/(pagefind\.js|pagefind-entry\.json|pages\.json|wasm\.[\w-]+\.pagefind)(\?.*)?$/;
export const PAGEFIND_CHUNK_URL = /\/pagefind\/.*\.pf_(index|fragment|filter|meta)(\?.*)?$/;
