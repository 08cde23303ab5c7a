/** The site's Open Graph card, for pages without their own: /og/trang-chu.png. */
import type { APIRoute } from 'astro';
import { renderOgPng } from '../../lib/og-image';
import { getCollection } from 'astro:content';
import { SITE_TAGLINE } from '../../lib/site';
import { countWordsCapitalised } from '../../lib/count-words';

export const GET: APIRoute = async () => {
  const articleCount = (await getCollection('articles')).length;
  const png = await renderOgPng({
    kicker: 'Bài giải thích có dẫn nguồn',
    title: 'Hà Nội đổi mới cách lãnh đạo',
    text: SITE_TAGLINE,
    footer: `${countWordsCapitalised(articleCount)} bài báo, viết lại bằng lời của chúng tôi`,
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
