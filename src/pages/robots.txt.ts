/** `/robots.txt`: everything may be indexed (a preview build: nothing), and where the sitemap is. */
import type { APIRoute } from 'astro';
import config from '../../planverk.config.ts';
import { siteRun } from '../lib/site/handover.ts';

export const GET: APIRoute = () => {
  const preview = siteRun().options.includeDrafts;
  const sitemap = new URL('/sitemap.xml', config.baseUrl).href;
  const body = preview
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
