/** Defined by src/integrations/offline.ts: true in `astro build`, false in `astro dev`. */
declare const __SERVICE_WORKER__: boolean;
