/**
 * The cache key of a document's two pages (`/dokument/<slug>/` and its print
 * layout `/utskrift/<slug>/`): everything they read, so a page taken from
 * the cache (src/lib/build/page-cache.ts) is the page Astro would render.
 *
 * What the pages read (src/pages/dokument/[...slug].astro, utskrift/…, their
 * components): the engine's code and configuration (the fingerprint), the
 * run's options (today's date decides høring notices; drafts shown or not),
 * the document's model and rendered body (its render key), the tiltak
 * states of its handlingsplan after the status updates, and of other
 * documents: the titles, URLs, målform, status and satsingsområde of the
 * documents it replaces, is replaced by, follows (strategi), relates to and
 * whose satsingsområde its tiltak name, and of the documents that point at
 * it in any of those ways (handlingsplaner that follow a strategy, a
 * strategy's status report link). Rather than pick fields, each such
 * neighbour's whole model but its body goes into the key: more than needed,
 * never less.
 */
import type { PlanDocument } from '../model/types.ts';
import type { ActionState } from '../status/types.ts';
import type { SiteConfig } from '../config/schema.ts';
import type { SiteOptions } from '../site/options.ts';
import { actionKey } from '../status/current.ts';
import { hashParts } from '../check/render-cache.ts';

/** Bump when what a page reads changes shape in a way the code fingerprint would not show. */
const FORMAT = 'pages-1';

/** What every page key of a run is made from. */
export interface PageKeyInputs {
  /** codeFingerprint() of the project. */
  fingerprint: string;
  options: SiteOptions;
  config: SiteConfig;
  /** The documents the site shows (after drafts and references to them are removed). */
  documents: readonly PlanDocument[];
  /** Each body's render key (src/lib/check/render-cache.ts); a document without one is always rendered. */
  renderKeys: ReadonlyMap<string, string>;
  /** Tiltak states after the status updates (src/lib/data/states.ts), by actionKey. */
  states: ReadonlyMap<string, ActionState>;
}

/** The documents `doc` names: replaced, replacing, strategy, related, tiltak satsingsområde owners. */
export function namedDocuments(doc: PlanDocument): string[] {
  return [
    ...(doc.replaces === undefined ? [] : [doc.replaces]),
    ...(doc.replacedBy === undefined ? [] : [doc.replacedBy]),
    ...(doc.strategy === undefined ? [] : [doc.strategy]),
    ...doc.related,
    ...doc.actionPlan.flatMap((item) =>
      item.focusAreaDoc === undefined ? [] : [item.focusAreaDoc],
    ),
  ];
}

/** Page key per document id; documents without a render key get none (rendered every time). */
export function pageKeys(inputs: PageKeyInputs): Map<string, string> {
  const { documents } = inputs;
  const byId = new Map(documents.map((d) => [d.id, d]));
  // Neighbours both ways: those a document names and those that name it.
  const neighbours = new Map<string, Set<string>>(documents.map((d) => [d.id, new Set()]));
  for (const doc of documents) {
    for (const id of namedDocuments(doc)) {
      neighbours.get(doc.id)?.add(id);
      neighbours.get(id)?.add(doc.id);
    }
  }
  const shared = hashParts([
    FORMAT,
    inputs.fingerprint,
    JSON.stringify(inputs.options),
    JSON.stringify(inputs.config),
  ]);
  const keys = new Map<string, string>();
  for (const doc of documents) {
    const renderKey = inputs.renderKeys.get(doc.id);
    if (renderKey === undefined) continue;
    const others = [...(neighbours.get(doc.id) ?? [])].sort().map((id) => {
      const other = byId.get(id);
      if (!other) return `${id}:absent`;
      const { body: _body, ...shown } = other;
      return JSON.stringify(shown);
    });
    const states = doc.actionPlan.map((item) =>
      JSON.stringify(inputs.states.get(actionKey(doc.id, item.id)) ?? null),
    );
    keys.set(
      doc.id,
      hashParts([shared, renderKey, JSON.stringify(doc), ...others, '|', ...states]),
    );
  }
  return keys;
}
