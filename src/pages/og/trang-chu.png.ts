/** The site's Open Graph card, for pages without their own: /og/trang-chu.png. */
import type { APIRoute } from 'astro';
import { renderOgPng } from '../../lib/og-image';
import { SITE_TAGLINE } from '../../lib/site';

export const GET: APIRoute = async () => {
  const png = await renderOgPng({
    kicker: 'Bài giải thích có dẫn nguồn',
    title: 'Hà Nội đổi mới cách lãnh đạo',
    text: SITE_TAGLINE,
    footer: 'Năm bài báo, viết lại bằng lời của chúng tôi',
  });
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
