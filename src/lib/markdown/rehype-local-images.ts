import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from '../core/tree-walk.ts';
import { imageSize } from '../assets/image-size.ts';
import { imageType } from '../assets/image-types.ts';
import { isRelativeUrl, parseLocalUrl, resolveLocalFile } from '../assets/resolve-local.ts';
import { draftAt } from '../assets/draft-url.ts';
import { extensionOf } from '../core/file-name.ts';
import type { Malform } from '../model/types.ts';
import { addAsset, report } from './body-assets.ts';
import { t } from '../i18n/index.ts';
import { LOCAL_RULES as R, refusedFile } from './local-messages.ts';
import { documentMalform } from './malform.ts';

/** Options of rehype-local-images. */
export interface Options {
  /** Målform of the messages when the document does not say (default `'nb'`). */
  malform?: Malform;
  /** The site's address, for recognising its drafts' URLs (default: none). */
  siteUrl?: string;
}

/**
 * Resolves the images of a document body. A relative `src` is looked up from
 * the document's folder (it must stay inside content/, exist, and be PNG,
 * JPEG, GIF, WebP or an SVG that is only a drawing, with content of that
 * type: src/lib/files/file-safety.ts), recorded for copying, and
 * rewritten to its published URL next to the page, with `width`/`height`
 * from the file. A remote image (`http:`, `https:`, `//`) is an error and
 * loses its `src`: it is never loaded. A missing alt text is a warning.
 * Needs `file.data.planverkBody` for relative paths; run after rehype-sanitize.
 */
export default function rehypeLocalImages(options: Options = {}) {
  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    walk(tree, 'element', (node) => {
      const src = node.properties['src'];
      if (node.tagName !== 'img' || typeof src !== 'string') return;
      const shown = shorten(isRelativeUrl(src) ? parseLocalUrl(src).path : src);
      const alt = node.properties['alt'];
      if (typeof alt !== 'string' || !alt.trim())
        report(file, node, R.imageAlt, t(malform, 'local.imageAlt', shown));
      // A site-absolute image of a draft (its card, its files) would name it.
      const draft = file.data.planverkBody && draftAt(src, file.data.planverkBody, options.siteUrl);
      if (draft) {
        report(
          file,
          node,
          R.linkDraft,
          t(malform, 'local.linkDraft', src, file.data.planverkBody?.id ?? '', draft.id),
        );
        delete node.properties['src'];
        return;
      }
      if (/^(?:https?:)?\/\//i.test(src)) {
        report(
          file,
          node,
          R.remoteImage,
          t(malform, 'local.remoteImage', shown, remoteName(src, malform)),
        );
        delete node.properties['src'];
        return;
      }
      const body = file.data.planverkBody;
      if (body && isRelativeUrl(src))
        resolveImage(node, src, shown, body.contentDir, file, malform);
    });
  };
}

function resolveImage(
  node: Element,
  src: string,
  shown: string,
  contentDir: string,
  file: VFile,
  malform: Malform,
): void {
  const body = file.data.planverkBody;
  if (!body) return;
  const written = parseLocalUrl(src).path;
  const found = resolveLocalFile(contentDir, body.id, written);
  if (!found.ok) {
    if (found.reason === 'outside')
      report(file, node, R.imageOutside, t(malform, 'local.imageOutside', shown));
    else {
      const hint =
        found.suggestion && path.posix.join(path.posix.dirname(written), found.suggestion);
      report(file, node, R.imageMissing, t(malform, 'local.imageMissing', shown, found.file, hint));
    }
    return;
  }
  const ext = imageType(found.file);
  if (ext === undefined) {
    report(file, node, R.imageType, t(malform, 'local.imageType', shown, extensionOf(found.file)));
    return;
  }
  if (!found.verdict.ok) {
    const refused = refusedFile(found.verdict, shown, malform);
    report(file, node, refused.ruleId, refused.reason);
    return;
  }
  const bytes = readFileSync(found.source);
  const added = addAsset(file, body, { file: found.file, source: found.source, kind: 'image' });
  if (added.clash) {
    report(
      file,
      node,
      R.nameClash,
      t(malform, 'local.nameClash', found.file, added.other, added.url),
    );
    return;
  }
  node.properties['src'] = added.url;
  const size = imageSize(bytes, ext);
  if (size && node.properties['width'] === undefined && node.properties['height'] === undefined) {
    node.properties['width'] = size.width;
    node.properties['height'] = size.height;
  }
}

/** A file name to suggest for a remote image (`figur.png` from `https://x/a/figur.png?v=2`). */
function remoteName(url: string, malform: Malform): string {
  const fallback = t(malform, 'local.exampleImage');
  try {
    const name = decodeURIComponent(new URL(url, 'https://x').pathname.split('/').at(-1) ?? '');
    return imageType(name) ? name : fallback;
  } catch {
    return fallback;
  }
}

function shorten(url: string): string {
  return url.length > 80 ? `${url.slice(0, 79)}…` : url;
}
