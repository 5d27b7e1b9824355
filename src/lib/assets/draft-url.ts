import type { BodyContext, LinkTarget } from './context.ts';
import { everyTarget } from './link-lookup.ts';

/** Stands in for the site's address when none is known, so site-absolute URLs parse. */
const NO_SITE = 'https://planverk.invalid/';

/**
 * The unpublished draft a site-absolute or absolute URL in a body points
 * into, if any: its page in any form (`/dokument/<slug>` with or without
 * the slash, `#hash`, `?query`, percent escapes, upper case, the site's own
 * `https://` address), any file under it (PDF, vedlegg, body files), or its
 * social card `/bilde/<slug>.png`. The build's draft gate
 * (src/lib/site/draft-guard.ts) refuses the same, so `npm run check`
 * reports it first. Relative links are resolved elsewhere (rehype-local-links).
 */
export function draftAt(
  href: string,
  body: BodyContext,
  siteUrl: string | undefined,
): LinkTarget | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), siteUrl ?? NO_SITE);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const absolute = /^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(href.trim());
  if (absolute && (!siteUrl || url.host !== new URL(siteUrl).host)) return undefined;
  const pathname = decodePath(url.pathname).toLowerCase();
  let owner: LinkTarget | undefined;
  for (const target of everyTarget(body)) {
    const page = `/dokument/${target.slug.toLowerCase()}`;
    const under = pathname === page || pathname.startsWith(`${page}/`);
    const card = pathname === `/bilde/${target.slug.toLowerCase()}.png`;
    // The longest page wins: `/dokument/a/b/c/` belongs to `a/b/c`, not to `a/b`.
    if ((under || card) && (!owner || target.slug.length > owner.slug.length)) owner = target;
  }
  return owner?.published === false ? owner : undefined;
}

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname).normalize('NFC');
  } catch {
    return pathname;
  }
}
