import type { BodyContext, LinkTarget } from './context.ts';
import { nearest } from '../core/distance.ts';
import { slugify } from '../core/slug.ts';

const targetMaps = new WeakMap<readonly LinkTarget[], Map<string, LinkTarget>>();

/**
 * The link targets by NFC id, built once per document list. Not exported:
 * a body plugin reads targets through the recording functions below, so the
 * render cache knows what a body depends on.
 */
function targetsOf(body: BodyContext): Map<string, LinkTarget> {
  let map = targetMaps.get(body.documents);
  if (!map) {
    map = new Map(body.documents.map((t) => [t.id.normalize('NFC'), t]));
    targetMaps.set(body.documents, map);
  }
  return map;
}

/**
 * What one body's render read of the link targets (issue 11, incremental
 * builds): the render cache keeps a body only while each of these reads
 * would give the same answer (src/lib/check/render-cache.ts), so a heading
 * edited in one document re-renders only the bodies that link to it.
 * Names: `doc:<id>` (whether the document exists, its slug, published or
 * not), `anchors:<id>` (its heading anchors), `ids` (every id: a missing
 * document's suggestion), `slugs` (every slug and whether it is published:
 * which draft a site-absolute URL points into).
 */
export type TargetReads = Set<string>;

const recorders = new WeakMap<BodyContext, TargetReads>();

/** Starts recording what renders with `body` read of its targets; the set fills as they read. */
export function recordReads(body: BodyContext): TargetReads {
  const reads: TargetReads = new Set();
  recorders.set(body, reads);
  return reads;
}

/** The target with NFC id `id`, or undefined (recorded: its existence, slug and publication). */
export function findTarget(body: BodyContext, id: string): LinkTarget | undefined {
  recorders.get(body)?.add(`doc:${id}`);
  return targetsOf(body).get(id);
}

/** The anchors of `target`, found with {@link findTarget} (recorded). */
export function anchorsOf(body: BodyContext, target: LinkTarget): readonly string[] | undefined {
  recorders.get(body)?.add(`anchors:${target.id.normalize('NFC')}`);
  return target.anchors;
}

/** Every target's id (recorded: a change to the set of documents). */
export function targetIds(body: BodyContext): string[] {
  recorders.get(body)?.add('ids');
  return [...targetsOf(body).keys()];
}

/** Every target, to match a URL against their slugs (recorded: any slug or publication change). */
export function everyTarget(body: BodyContext): Iterable<LinkTarget> {
  recorders.get(body)?.add('slugs');
  return targetsOf(body).values();
}

/**
 * Finds `wanted` among the anchors, exactly or as its slug (a clerk may write
 * `#Økonomi` for the heading whose anchor is `okonomi`), else suggests the nearest.
 */
export function matchAnchor(
  wanted: string,
  anchors: readonly string[],
): { ok: true; anchor: string } | { ok: false; suggestion?: string } {
  if (anchors.includes(wanted)) return { ok: true, anchor: wanted };
  // An id written in raw HTML carries rehype-sanitize's prefix.
  if (anchors.includes(`user-content-${wanted}`))
    return { ok: true, anchor: `user-content-${wanted}` };
  const slug = slugify(wanted);
  if (anchors.includes(slug)) return { ok: true, anchor: slug };
  const near = nearest(
    slug,
    anchors.map((a) => [a, a] as const),
  );
  return near === undefined ? { ok: false } : { ok: false, suggestion: `#${near}` };
}
