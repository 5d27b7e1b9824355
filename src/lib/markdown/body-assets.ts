import type { Element } from 'hast';
import type { VFile } from 'vfile';
import { bodyAssetUrl, type BodyAsset } from '../core/asset-url.ts';
import type { BodyContext } from '../assets/context.ts';
import { documentPdfUrl } from '../core/urls.ts';
import { LOCAL_ERROR_RULES } from './local-messages.ts';

// What the local-link and local-image plugins share through `file.data`
// (see vfile-data.ts for the pipeline's other keys).
declare module 'vfile' {
  interface DataMap {
    /** Set by `renderMarkdown` from `RenderOptions.body`; without it relative URLs are left alone. */
    planverkBody: BodyContext;
    /** Files the body uses, to be copied next to the page (filled by the plugins). */
    planverkAssets: BodyAsset[];
  }
}

/**
 * Attaches a message to `node` with the rule id; rules in LOCAL_ERROR_RULES
 * become errors (`fatal: true`), which stop the build, the others warnings.
 */
export function report(file: VFile, node: Element, ruleId: string, reason: string): void {
  const message = file.message(reason, { place: node.position, ruleId, source: 'planverk' });
  message.fatal = LOCAL_ERROR_RULES.has(ruleId);
}

/**
 * Records a body file under its published URL and returns that URL, or
 * `clash: true` when a different file already has that address: another
 * body file or a vedlegg (`other`), or the document's own PDF (no `other`).
 */
export function addAsset(
  file: VFile,
  body: BodyContext,
  asset: Omit<BodyAsset, 'url'>,
): { url: string; clash?: false } | { url: string; clash: true; other?: string } {
  const url = bodyAssetUrl(body.slug, asset.file);
  const key = url.toLowerCase();
  if (key === documentPdfUrl(body).toLowerCase()) return { url, clash: true };
  // The page itself: a linked `index.html` would replace it.
  if (key.endsWith('/index.html')) return { url, clash: true, other: 'index.html' };
  const attachment = body.attachments?.find(
    (a) => a !== asset.file && bodyAssetUrl(body.slug, a).toLowerCase() === key,
  );
  if (attachment !== undefined) return { url, clash: true, other: attachment };
  const assets = (file.data.planverkAssets ??= []);
  const same = assets.find((a) => a.url.toLowerCase() === key);
  if (same && same.file !== asset.file) return { url, clash: true, other: same.file };
  if (!same) assets.push({ ...asset, url });
  else if (asset.kind === 'image') same.kind = 'image';
  return { url };
}
