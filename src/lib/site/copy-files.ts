import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuildStep } from '../output/step.ts';
import { attachmentUrl } from '../core/urls.ts';

/**
 * Copies every vedlegg next to its document's page under its transliterated
 * name (`/dokument/<slug>/<file>`), then the images and files the bodies use
 * (src/lib/assets), under the URLs the pages were rendered with. Only the
 * documents of this build are copied, so a draft's files never reach a
 * production dist/.
 */
export const copyAttachmentsStep: BuildStep = {
  name: 'vedlegg',
  async run({ documents, bodies, outDir, root, logger }) {
    const started = performance.now();
    let count = 0;
    for (const doc of documents) {
      for (const attachment of doc.attachments) {
        const source = attachmentSource(root, doc.sourcePath, doc.id, attachment.file);
        const target = path.join(outDir, ...attachmentUrl(doc, attachment).split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(source, target).catch((error: unknown) => {
          throw new Error(`Could not copy attachment ${source} to ${target}`, { cause: error });
        });
        count++;
      }
    }
    // What each body uses was collected when the build rendered it (once, in validation).
    const body = documents.flatMap((doc) => bodies.get(doc.id)?.assets ?? []);
    for (const asset of body) {
      const target = path.join(outDir, ...asset.url.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(asset.source, target).catch((error: unknown) => {
        throw new Error(`Could not copy ${asset.source} (used in a body) to ${target}`, {
          cause: error,
        });
      });
    }
    logger.info(
      `vedlegg: ${count} files, ${body.length} files used in bodies, copied in ${Math.round(performance.now() - started)} ms`,
    );
  },
};

/**
 * The absolute source path of an attachment. The model gives `file` relative
 * to the content directory; that directory is the document's source path
 * minus its id (`<contentDir>/<id>.md`), which also holds for fixture content
 * directories outside `content/`.
 */
export function attachmentSource(
  root: string,
  sourcePath: string,
  id: string,
  file: string,
): string {
  const source = sourcePath.split(path.sep).join('/');
  const withoutExt = source.slice(0, source.length - path.posix.extname(source).length);
  const contentDir = withoutExt.endsWith(id) ? withoutExt.slice(0, -id.length) : 'content/';
  return path.resolve(root, contentDir, file);
}
