import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

import { EXPANSION_MARK } from './client/excerpt.ts';

/**
 * The word that marks where the real text of a page ends and the hidden
 * expansion terms begin in Pagefind's fragment `content`. Punctuation only,
 * so Pagefind indexes no word for it; the search page cuts excerpts there.
 */
export { EXPANSION_MARK };

/** True when the page opted into search with `data-pagefind-body`. */
export function hasPagefindBody(html: string): boolean {
  return html.includes('data-pagefind-body');
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * The text Pagefind will index on a page: inside `data-pagefind-body`
 * elements, minus `data-pagefind-ignore` subtrees (site chrome, filters).
 */
export function indexableText(html: string): string {
  return bodyText(fromHtml(html));
}

function bodyText(tree: Nodes): string {
  const out: string[] = [];
  const walk = (node: Nodes, inBody: boolean): void => {
    if (node.type === 'text') {
      if (inBody) out.push(node.value);
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    let body = inBody;
    if (node.type === 'element') {
      const el: Element = node;
      if (SKIP.has(el.tagName) || el.properties['dataPagefindIgnore'] !== undefined) return;
      if (el.properties['dataPagefindBody'] !== undefined) body = true;
    }
    for (const child of node.children) walk(child, body);
    if (node.type === 'element') out.push(' ');
  };
  walk(tree, false);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The values of the page's `data-pagefind-meta` elements (title, summary…).
 * Pagefind makes them searchable although they sit in an ignored element,
 * so their words need expansion terms as much as the body's do.
 */
export function metaText(html: string): string {
  return metaTextOf(fromHtml(html));
}

function metaTextOf(tree: Nodes): string {
  const out: string[] = [];
  const walk = (node: Nodes, inMeta: boolean): void => {
    if (node.type === 'text') {
      if (inMeta) out.push(node.value);
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    const meta =
      inMeta || (node.type === 'element' && node.properties['dataPagefindMeta'] !== undefined);
    for (const child of node.children) walk(child, meta);
    if (meta) out.push(' ');
  };
  walk(tree, false);
  return out.join('').replace(/\s+/g, ' ').trim();
}

/**
 * {@link indexableText} and {@link metaText} of a page together, from one
 * parse of its HTML (the search step reads every page; parsing is its cost).
 */
export function searchableText(html: string): string {
  const tree = fromHtml(html);
  return `${bodyText(tree)} ${metaTextOf(tree)}`;
}

/**
 * Adds the expansion terms to a page for the indexer only (never written to
 * dist/): a second `data-pagefind-body` element at the end of `<body>`,
 * starting with {@link EXPANSION_MARK}. Its weight is low so a word a reader
 * wrote ranks above a word the expander added.
 */
export function withExpansion(html: string, terms: readonly string[], weight = 0.5): string {
  if (terms.length === 0) return html;
  const block = `<div data-pagefind-body data-pagefind-weight="${weight}">${EXPANSION_MARK} ${terms.join(' ')}</div>`;
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + block : html.slice(0, at) + block + html.slice(at);
}
