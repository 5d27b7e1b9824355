/**
 * The site's feeds: one for everything (`/feed.xml`) and, where the site
 * publishes for several kommuner, one per kommune (`/feed/<slug>.xml`).
 */
import type { SiteConfig } from '../config/schema.ts';
import type { PlanDocument } from '../model/types.ts';
import { documentUrl } from '../core/urls.ts';
import type { StatusUpdate } from '../status/types.ts';
import { atomXml, feedEntries } from './atom.ts';
import { absoluteUrl } from './open-data.ts';
import { t } from '../i18n/index.ts';

/** The URL of the site-wide feed. */
export const FEED_URL = '/feed.xml';

/** The URL of one kommune's feed. */
export const kommuneFeedUrl = (slug: string): string => `/feed/${slug}.xml`;

/** Every feed of the site: its URL and title (for the head links). */
export function feedList(config: SiteConfig): { url: string; title: string; kommune?: string }[] {
  const m = config.defaultMalform;
  const all = { url: FEED_URL, title: t(m, 'data.feed', { name: config.siteName }) };
  if (config.kommuner.length < 2) return [all];
  return [
    all,
    ...config.kommuner.map((k) => ({
      url: kommuneFeedUrl(k.slug ?? ''),
      title: t(m, 'data.feed', { name: k.name }),
      kommune: k.name,
    })),
  ];
}

/** Renders one feed; `kommune` limits it to that kommune's documents. */
export function renderFeed(
  config: SiteConfig,
  documents: readonly PlanDocument[],
  updates: readonly StatusUpdate[],
  kommune?: string,
): string {
  const abs = (p: string) => absoluteUrl(config.baseUrl, p);
  const docs = kommune ? documents.filter((d) => d.kommune.includes(kommune)) : documents;
  const slug = kommune ? config.kommuner.find((k) => k.name === kommune)?.slug : undefined;
  const self = slug ? kommuneFeedUrl(slug) : FEED_URL;
  return atomXml({
    id: abs(self),
    title: kommune ? `${config.siteName}: ${kommune}` : config.siteName,
    subtitle: t(config.defaultMalform, 'data.feedAll'),
    selfUrl: abs(self),
    siteUrl: abs('/'),
    author: config.siteName,
    lang: config.defaultMalform,
    entries: feedEntries(docs, updates, abs, documentUrl),
  });
}
