import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BuildStep } from '../output/step.ts';
import { attachmentUrl, UrlCollisionError } from '../core/urls.ts';

/**
 * Copies every vedlegg next to its document's page under its transliterated
 * name (`/dokument/<slug>/<file>`), then the images and files the bodies use
 * (src/lib/assets), under the URLs the pages were rendered with. Only the
 * documents of this build are copied, so a draft's files never reach a
 * production dist/. Last-resort guard behind the checker's address rules
 * (fil-adresse, file-name-clash): nothing is ever copied over a page, the PDF
 * or another file; a clash that got past the checker stops the build.
 */
export const copyAttachmentsStep: BuildStep = {
  name: 'vedlegg',
  async run({ documents, bodies, outDir, root, logger }) {
    const started = performance.now();
    let count = 0;
    const copy = copier(outDir);
    for (const doc of documents) {
      for (const attachment of doc.attachments) {
        const source = attachmentSource(root, doc.sourcePath, doc.id, attachment.file);
        await copy(source, attachmentUrl(doc, attachment), 'attachment');
        count++;
      }
    }
    // What each body uses was collected when the build rendered it (once, in validation).
    const body = documents.flatMap((doc) => bodies.get(doc.id)?.assets ?? []);
    for (const asset of body) await copy(asset.source, asset.url, 'file used in a body');
    logger.info(
      `vedlegg: ${count} files, ${body.length} files used in bodies, copied in ${Math.round(performance.now() - started)} ms`,
    );
  },
};

/**
 * Copies files to URLs under `outDir`, never over an existing file (an
 * Astro page, a file copied before): the same source at the same URL twice
 * (a vedlegg the body also links) is copied once, anything else throws.
 */
function copier(outDir: string) {
  const copied = new Map<string, string>();
  return async (source: string, url: string, what: string): Promise<void> => {
    const key = url.toLowerCase();
    const before = copied.get(key);
    if (before === source) return;
    if (before !== undefined)
      throw new UrlCollisionError(`${source} and ${before} would both be published at ${url}`);
    copied.set(key, source);
    const target = path.join(outDir, ...url.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(source, target, constants.COPYFILE_EXCL).catch((error: unknown) => {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      throw exists
        ? new UrlCollisionError(`The ${what} ${source} would overwrite ${url} in the output`, {
            cause: error,
          })
        : new Error(`Could not copy ${what} ${source} to ${target}`, { cause: error });
    });
  };
}

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
