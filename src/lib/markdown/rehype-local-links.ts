import path from 'node:path';
import type { Element, ElementData, Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from '../core/tree-walk.ts';
import type { BodyContext } from '../assets/context.ts';
import { draftAt } from '../assets/draft-url.ts';
import { anchorsOf, findTarget, matchAnchor, targetIds } from '../assets/link-lookup.ts';
import { isRelativeUrl, parseLocalUrl, resolveLocalFile } from '../assets/resolve-local.ts';
import { nearest } from '../core/distance.ts';
import type { Malform } from '../model/types.ts';
import { documentUrl } from '../core/urls.ts';
import { addAsset, report } from './body-assets.ts';
import { t } from '../i18n/index.ts';
import { LOCAL_RULES as R, refusedFile } from './local-messages.ts';
import { documentMalform } from './malform.ts';

/** Options of rehype-local-links. */
export interface Options {
  /** Målform of the messages when the document does not say (default `'nb'`). */
  malform?: Malform;
  /**
   * Absolute URL the rewritten links start with (the print page sets the
   * site's address, so a link in the PDF leads to the public page and not to
   * the print server). Default: none, links are site-absolute (`/dokument/…`).
   */
  baseUrl?: string;
  /** The site's address, so an absolute link to one of its drafts is caught too (default: none). */
  siteUrl?: string;
}

/**
 * Rewrites the relative links of a document body: `../tysnes/plan.md#mål`
 * to that document's page (`/dokument/tysnes/plan/#mal`), and a link to a
 * file inside content/ to the copy published next to this page (recorded
 * for copying). A missing document or file, a draft that is not published,
 * or a path out of content/ is an error naming both ends; an anchor
 * (`#vurdering`, here or in the other document) that matches no heading is a
 * warning. A site-absolute or absolute link into a draft (its page, PDF,
 * files or card, in any spelling) is an error too; other site-absolute and
 * external links are left alone. Needs
 * `file.data.planverkBody` for all but same-page anchors; run after the
 * heading ids and footnotes exist.
 */
export default function rehypeLocalLinks(options: Options = {}) {
  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const ids = new Set<string>();
    walk(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string') ids.add(id);
    });
    walk(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (href.startsWith('#') && href.length > 1) {
        const anchor = matchAnchor(parseLocalUrl(href).hash ?? '', [...ids]);
        if (anchor.ok) node.properties['href'] = `#${anchor.anchor}`;
        else
          report(
            file,
            node,
            R.anchorMissing,
            t(malform, 'local.anchorMissing', href, undefined, anchor.suggestion),
          );
        return;
      }
      const body = file.data.planverkBody;
      if (!body) return;
      if (!isRelativeUrl(href)) {
        const draft = draftAt(href, body, options.siteUrl ?? options.baseUrl);
        if (draft) {
          report(file, node, R.linkDraft, t(malform, 'local.linkDraft', href, body.id, draft.id));
          delete node.properties['href'];
        }
        return;
      }
      const url = resolveLink(node, href, body, file, malform);
      if (url === undefined) return;
      node.properties['href'] = options.baseUrl ? new URL(url, options.baseUrl).href : url;
      // Cast: hast's ElementData declares fields other plugins fill; only this one is added.
      node.data = { ...node.data, planverkLocalUrl: url } as ElementData;
    });
  };
}

/** The rewritten href of one relative link, or undefined after reporting why there is none. */
function resolveLink(
  node: Element,
  href: string,
  body: BodyContext,
  file: VFile,
  malform: Malform,
): string | undefined {
  const local = parseLocalUrl(href);
  if (!local.path) return undefined;
  const shown = local.path + (local.hash ? `#${local.hash}` : '');
  const isMarkdown = /\.md$/i.test(local.path);
  const found = isMarkdown ? undefined : resolveLocalFile(body.contentDir, body.id, local.path);
  if (found?.ok) {
    if (!found.verdict.ok) {
      const refused = refusedFile(found.verdict, local.path, malform);
      report(file, node, refused.ruleId, refused.reason);
      return undefined;
    }
    const added = addAsset(file, body, { file: found.file, source: found.source, kind: 'file' });
    if (!added.clash) return added.url;
    report(
      file,
      node,
      R.nameClash,
      t(malform, 'local.nameClash', found.file, added.other, added.url),
    );
    return undefined;
  }
  if (found?.reason === 'outside') {
    report(file, node, R.linkOutside, t(malform, 'local.linkOutside', shown));
    return undefined;
  }
  // A document: `plan.md`, or `plan` when no such file exists.
  const docPath = resolveDocPath(body, local.path);
  if (docPath === undefined) {
    report(file, node, R.linkOutside, t(malform, 'local.linkOutside', shown));
    return undefined;
  }
  const target = findTarget(body, docPath);
  if (!target) {
    if (!isMarkdown && found) {
      const hint =
        found.suggestion && path.posix.join(path.posix.dirname(local.path), found.suggestion);
      report(
        file,
        node,
        R.linkMissing,
        t(malform, 'local.fileMissing', shown, body.id, found.file, hint),
      );
    } else {
      const near = nearest(
        docPath.toLowerCase(),
        targetIds(body).map((id) => [id.toLowerCase(), id] as const),
      );
      const hint = near && `${path.posix.relative(path.posix.dirname(body.id), near)}.md`;
      report(
        file,
        node,
        R.linkMissing,
        t(malform, 'local.documentMissing', shown, body.id, docPath, hint),
      );
    }
    return undefined;
  }
  if (target.published === false) {
    report(file, node, R.linkDraft, t(malform, 'local.linkDraft', shown, body.id, target.id));
    return undefined;
  }
  let hash = '';
  if (local.hash) {
    const anchors = anchorsOf(body, target);
    const anchor = anchors
      ? matchAnchor(local.hash, anchors)
      : { ok: true as const, anchor: local.hash };
    if (anchor.ok) hash = `#${anchor.anchor}`;
    else {
      hash = `#${local.hash}`;
      report(
        file,
        node,
        R.anchorMissing,
        t(malform, 'local.anchorMissing', shown, target.id, anchor.suggestion),
      );
    }
  }
  // A link to a heading of this same document stays on the page (and inside the PDF).
  if (target.id === body.id && hash) return hash;
  return `${documentUrl(target)}${hash}`;
}

/** The document id a link path points to (`../tysnes/plan.md` → `tysnes/plan`), or undefined outside content/. */
function resolveDocPath(body: BodyContext, written: string): string | undefined {
  const joined = path.posix.normalize(
    path.posix.join(path.posix.dirname(body.id), written.replace(/\\/g, '/')),
  );
  if (joined.startsWith('../') || joined === '..' || path.posix.isAbsolute(written))
    return undefined;
  return joined.replace(/\.md$/i, '').normalize('NFC');
}
