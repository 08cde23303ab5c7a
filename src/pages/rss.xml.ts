import { routes } from '../lib/routes';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articlesNewestFirst } from '../data/collections';
import { startOf } from '../lib/date-format';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site';

/** RSS needs a full date: a month- or year-precision date is given as its first day. */
export async function GET(context: APIContext) {
  const articles = await articlesNewestFirst();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: context.site ?? 'http://localhost:4321',
    customData: '<language>vi</language>',
    items: articles.map((a) => ({
      title: a.data.title,
      description: a.data.summary,
      link: routes.article(a.id),
      pubDate: startOf(a.data.source.published),
    })),
  });
}
