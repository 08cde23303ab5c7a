// @citation-js/plugin-ris ships no types; citation.ts imports it only for its side effect (it
// registers the "ris" output format, typed in citation-js-ris.d.ts).
declare module '@citation-js/plugin-ris';
