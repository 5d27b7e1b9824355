import { renderMarkdown } from '../markdown/pipeline.ts';
import type { PlanDocument } from '../model/types.ts';
import type { BodyAsset } from '../core/asset-url.ts';
import { bodyContext, linkTargets } from '../assets/context.ts';

/**
 * Every file the bodies of `documents` use (images and linked files), found
 * by the same pipeline that renders the pages, so what is copied is exactly
 * what the pages point to. `contentDirOf` gives a document's content folder.
 * Messages are not reported here: the checker and the build's validation
 * have already stopped on errors.
 */
export async function collectBodyAssets(
  documents: readonly PlanDocument[],
  contentDirOf: (doc: PlanDocument) => string,
): Promise<BodyAsset[]> {
  const targets = linkTargets(documents, true);
  const assets: BodyAsset[] = [];
  for (const doc of documents) {
    const rendered = await renderMarkdown(doc.body, {
      malform: doc.malform,
      path: doc.sourcePath,
      body: bodyContext(doc, contentDirOf(doc), targets),
    });
    assets.push(...rendered.assets);
  }
  return assets;
}
