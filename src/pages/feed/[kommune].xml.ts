/** `/feed/<kommune>.xml`: one Atom feed per kommune, when the site has several. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderFeed } from '../../lib/data/feeds.ts';
import { getRegisterData } from '../../lib/data/register-data.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await getRegisterData();
  const kommuner = data.site.config.kommuner;
  if (kommuner.length < 2) return [];
  return kommuner.map((k) => ({ params: { kommune: k.slug ?? '' }, props: { name: k.name } }));
};

export const GET: APIRoute = async ({ props }) => {
  const data = await getRegisterData();
  const xml = renderFeed(
    data.site.config,
    data.site.documents.map((d) => d.doc),
    data.updates,
    (props as { name: string }).name,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
