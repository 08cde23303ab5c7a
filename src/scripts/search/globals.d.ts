/** Defined by src/integrations/search-offline.ts: true in `astro build`, false in `astro dev`. */
declare const __SERVICE_WORKER__: boolean;
