/**
 * A feed entry's `<updated>` is the newest of the document's date, its vedtak
 * dates and the status updates of its tiltak, so a decision or a status
 * report brings the document back to the top of a reader's feed.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, feedEntries, lastChanged } from '../../../src/lib/data/atom.ts';
import type { StatusUpdate } from '../../../src/lib/status/types.ts';
import { documents, plan, saksframlegg, strategy } from '../../fixtures/data/documents.ts';

const update = (docId: string, date: string): StatusUpdate => ({
  docId,
  actionId: 'minside',
  date,
  status: 'fullfort',
  sourcePath: 'content/statusoppdateringar/2022.yaml',
  line: 4,
  malform: 'nn',
});
const abs = (p: string) => `https://planverk.example.no${p}`;
const url = (doc: { id: string }) => `/dokument/${doc.id}/`;

describe('lastChanged', () => {
  it('is the document date when nothing happened since', () => {
    expect(lastChanged(strategy, [])).toBe('2020-03-26');
  });

  it('moves to a vedtak dated after the document', () => {
    expect(saksframlegg.date).toBe('2017-10-02');
    expect(lastChanged(saksframlegg, [])).toBe('2017-10-10');
  });

  it('moves to the newest status update of the document, not of another one', () => {
    const updates = [
      update(plan.id, '2021-10-01'),
      update(plan.id, '2022-03-15'),
      update(strategy.id, '2023-01-01'),
    ];
    expect(lastChanged(plan, updates)).toBe('2022-03-15');
  });
});

describe('feedEntries and atomXml', () => {
  it('write the change date as <updated>, the document date as <published>, newest change first', () => {
    const entries = feedEntries(documents, [update(plan.id, '2022-03-15')], abs, url);
    const xml = atomXml({
      id: abs('/feed.xml'),
      title: 'Planverk',
      selfUrl: abs('/feed.xml'),
      siteUrl: abs('/'),
      author: 'Planverk',
      lang: 'nn',
      entries,
    });
    const feed = new XMLParser().parse(xml) as {
      feed: { updated: string; entry: { id: string; published: string; updated: string }[] };
    };
    expect(feed.feed.entry.map((e) => [e.id, e.published, e.updated])).toEqual([
      [abs(url(plan)), '2021-01-15T00:00:00Z', '2022-03-15T00:00:00Z'],
      [abs(url(strategy)), '2020-03-26T00:00:00Z', '2020-03-26T00:00:00Z'],
      [abs(url(saksframlegg)), '2017-10-02T00:00:00Z', '2017-10-10T00:00:00Z'],
    ]);
    expect(feed.feed.updated).toBe('2022-03-15T00:00:00Z');
  });
});
