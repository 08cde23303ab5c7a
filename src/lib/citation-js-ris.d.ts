// @citation-js/plugin-ris ships no types; it registers the "ris" output format.
import '@citation-js/core';

declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        ris: (options?: { format?: string }) => string;
      }
    }
  }
}
