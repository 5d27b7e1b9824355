import type { BodyContext, LinkTarget } from './context.ts';
import { nearest } from '../core/distance.ts';
import { slugify } from '../core/slug.ts';

const targetMaps = new WeakMap<readonly LinkTarget[], Map<string, LinkTarget>>();

/** The link targets by NFC id, built once per document list. */
export function targetsOf(body: BodyContext): Map<string, LinkTarget> {
  let map = targetMaps.get(body.documents);
  if (!map) {
    map = new Map(body.documents.map((t) => [t.id.normalize('NFC'), t]));
    targetMaps.set(body.documents, map);
  }
  return map;
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
