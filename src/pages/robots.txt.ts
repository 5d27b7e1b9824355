/** `/robots.txt`: everything may be indexed (a preview build: nothing), and where the sitemap is. */
import type { APIRoute } from 'astro';
import config from '../../planverk.config.ts';
import { readSiteOptions } from '../lib/site/options.ts';

export const GET: APIRoute = () => {
  const preview = readSiteOptions().includeDrafts;
  const sitemap = new URL('/sitemap.xml', config.baseUrl).href;
  const body = preview
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
