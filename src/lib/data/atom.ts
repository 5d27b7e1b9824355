/**
 * Builds Atom 1.0 feeds (RFC 4287) of new and changed documents. A
 * document's `updated` is the newest of its date, its vedtak dates and its
 * tiltak status updates, so a status report or a decision brings it back up.
 */
import type { PlanDocument } from '../model/types.ts';
import type { StatusUpdate } from '../status/types.ts';
import { xmlEscape } from '../core/xml.ts';
import { docStatusLabel } from '../i18n/status-label.ts';

/** One feed entry. */
export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  summary: string;
  lang: string;
  /** Type, kommuner and status; `label` is the word a reader sees (the status label). */
  categories: { term: string; label?: string }[];
}

/** A whole feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  siteUrl: string;
  author: string;
  lang: string;
  entries: AtomEntry[];
}

// Also drops what XML 1.0 forbids, so a control character in a title cannot break the feed.
const escape = xmlEscape;

/** An ISO date as an RFC 3339 timestamp at midnight UTC. */
export const atomDate = (iso: string): string => `${iso}T00:00:00Z`;

/** The date a document last changed, as far as the content tells. */
export function lastChanged(doc: PlanDocument, updates: readonly StatusUpdate[]): string {
  const dates = [
    doc.date,
    ...doc.decisions.flatMap((d) => (d.date ? [d.date] : [])),
    ...updates.filter((u) => u.docId === doc.id).map((u) => u.date),
  ];
  return dates.sort().at(-1) ?? doc.date;
}

/** One entry per published document, newest change first. */
export function feedEntries(
  documents: readonly PlanDocument[],
  updates: readonly StatusUpdate[],
  absolute: (sitePath: string) => string,
  url: (doc: PlanDocument) => string,
): AtomEntry[] {
  return documents
    .filter((doc) => doc.status !== 'utkast')
    .map((doc) => ({
      id: absolute(url(doc)),
      title: doc.title,
      url: absolute(url(doc)),
      published: atomDate(doc.date),
      updated: atomDate(lastChanged(doc, updates)),
      summary: doc.summary,
      lang: doc.malform,
      categories: [
        { term: doc.type },
        ...doc.kommune.map((term) => ({ term })),
        { term: doc.status, label: docStatusLabel(doc, doc.malform) },
      ],
    }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title, 'nb'));
}

/** Serialises a feed. */
export function atomXml(feed: AtomFeed): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries.map(
    (e) => `  <entry xml:lang="${escape(e.lang)}">
    <id>${escape(e.id)}</id>
    <title>${escape(e.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(e.url)}"/>
    <published>${escape(e.published)}</published>
    <updated>${escape(e.updated)}</updated>
${e.categories.map((c) => `    <category term="${escape(c.term)}"${c.label ? ` label="${escape(c.label)}"` : ''}/>`).join('\n')}
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.lang)}">
  <id>${escape(feed.id)}</id>
  <title>${escape(feed.title)}</title>
${feed.subtitle ? `  <subtitle>${escape(feed.subtitle)}</subtitle>\n` : ''}  <link rel="self" type="application/atom+xml" href="${escape(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escape(feed.siteUrl)}"/>
  <updated>${escape(updated)}</updated>
  <author><name>${escape(feed.author)}</name></author>
  <generator>Planverk</generator>
${entries.join('\n')}
</feed>
`;
}
