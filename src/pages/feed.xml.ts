/** `/feed.xml`: Atom feed of new and changed documents on the whole site. */
import type { APIRoute } from 'astro';
import { renderFeed } from '../lib/data/feeds.ts';
import { getRegisterData } from '../lib/data/register-data.ts';

export const GET: APIRoute = async () => {
  const data = await getRegisterData();
  const xml = renderFeed(
    data.site.config,
    data.site.documents.map((d) => d.doc),
    data.updates,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
