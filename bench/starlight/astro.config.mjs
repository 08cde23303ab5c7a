// The Starlight anchor site (bench/run.mjs writes src/content/docs/ from the real articles).
// Defaults everywhere: system fonts, Pagefind search as Starlight ships it.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Hà Nội đổi mới cách lãnh đạo',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
    }),
  ],
});
