import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { EXIT, walk } from '../core/tree-walk.ts';
import type { Malform } from '../model/types.ts';
import { documentMalform } from './malform.ts';
import { t } from '../i18n/index.ts';

/** Options of rehype-footnotes. */
export interface Options {
  /** Målform of the labels when the document does not say (default `'nb'`). */
  malform?: Malform;
  /** First part of every footnote id (default `'fotnote'`). */
  idPrefix?: string;
  /** Prefix rehype-sanitize put before ids, stripped before matching (default `'user-content-'`). */
  clobberPrefix?: string;
}

/**
 * Gives GFM footnotes Norwegian labels and stable ids of their own:
 * footnote n is `fotnote_n`, its references `fotnote_n_ref`, `fotnote_n_ref_2`…
 * and the section heading `fotnote_tittel`. The underscore never occurs in
 * a heading anchor (slugs are `[a-z0-9-]`), so the ids cannot collide with
 * one, and they follow the footnote's number, not the label the clerk typed.
 *
 * Run after rehype-sanitize: it repairs the ids sanitize prefixed, whose
 * `href`s no longer matched. Labels are set here rather than through
 * remark-rehype options because Astro builds one processor for every
 * document, and the målform is per document.
 */
export default function rehypeFootnotes(options: Options = {}) {
  const prefix = options.idPrefix ?? 'fotnote';
  const clobber = options.clobberPrefix ?? 'user-content-';
  const unclobber = (id: string) =>
    clobber && id.startsWith(clobber) ? id.slice(clobber.length) : id;

  return function (tree: Root, file: VFile): undefined {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const section = findElement(
      tree,
      (node) => node.tagName === 'section' && has(node, 'dataFootnotes'),
    );
    if (!section) return;

    const labelId = `${prefix}_tittel`;
    const renamed = new Map<string, string>();
    const list = findElement(section, (node) => node.tagName === 'ol');
    const items =
      list?.children.filter(
        (child): child is Element => child.type === 'element' && child.tagName === 'li',
      ) ?? [];
    items.forEach((item, index) => {
      const n = index + 1;
      renamed.set(unclobber(String(item.properties['id'] ?? '')), `${prefix}_${n}`);
      item.properties['id'] = `${prefix}_${n}`;
      let k = 0;
      walk(item, 'element', (link) => {
        if (!has(link, 'dataFootnoteBackref')) return;
        k += 1;
        const refId = k === 1 ? `${prefix}_${n}_ref` : `${prefix}_${n}_ref_${k}`;
        renamed.set(String(link.properties['href'] ?? '').slice(1), refId);
        link.properties['href'] = `#${refId}`;
        link.properties['ariaLabel'] = t(malform, 'pipeline.backToReference', n, k);
      });
    });

    for (const child of section.children) {
      if (child.type === 'element' && child.tagName === 'h2') {
        child.properties = { id: labelId };
        child.children = [{ type: 'text', value: t(malform, 'pipeline.footnotes') }];
      }
    }
    section.properties['ariaLabelledBy'] = [labelId];

    walk(tree, 'element', (node) => {
      if (!has(node, 'dataFootnoteRef')) return;
      const target = renamed.get(String(node.properties['href'] ?? '').slice(1));
      const own = renamed.get(unclobber(String(node.properties['id'] ?? '')));
      if (target) node.properties['href'] = `#${target}`;
      if (own) node.properties['id'] = own;
      node.properties['ariaDescribedBy'] = [labelId];
    });
  };
}

/** Whether `node` has the (boolean) property; after rehype-raw its value is `''`, not `true`. */
function has(node: Element, property: string): boolean {
  const value = node.properties[property];
  return value !== undefined && value !== null && value !== false;
}

/** First element (depth-first) in `tree` that passes `test`. */
function findElement(tree: Root | Element, test: (node: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(tree, 'element', (node) => {
    if (found) return EXIT;
    if (test(node)) {
      found = node;
      return EXIT;
    }
    return undefined;
  });
  return found;
}
