import { parse, type DefaultTreeAdapterTypes } from 'parse5';

import { EXPANSION_MARK } from './client/excerpt.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

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
 * A page's tree as parse5 builds it, without source locations: the step
 * reads every indexed page, and a positioned hast tree (hast-util-from-html)
 * cost about twice the parse while only the text and three attributes are
 * read. The same parse as hast-util-from-html's (scripting off, so a
 * `<noscript>`'s content is elements); a `<template>`'s content is not in
 * its children there either.
 */
function parsePage(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html, { scriptingEnabled: false });
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function hasAttribute(el: Element, name: string): boolean {
  return el.attrs.some((attr) => attr.name === name && !attr.prefix);
}

function childrenOf(node: Node): readonly Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/**
 * The text Pagefind will index on a page: inside `data-pagefind-body`
 * elements, minus `data-pagefind-ignore` subtrees (site chrome, filters).
 */
export function indexableText(html: string): string {
  return bodyText(parsePage(html));
}

function bodyText(tree: Node): string {
  const out: string[] = [];
  const walk = (node: Node, inBody: boolean): void => {
    if (node.nodeName === '#text') {
      if (inBody) out.push((node as DefaultTreeAdapterTypes.TextNode).value);
      return;
    }
    const element = isElement(node);
    if (node.nodeName !== '#document' && !element) return;
    let body = inBody;
    if (element) {
      if (SKIP.has(node.tagName) || hasAttribute(node, 'data-pagefind-ignore')) return;
      if (hasAttribute(node, 'data-pagefind-body')) body = true;
    }
    for (const child of childrenOf(node)) walk(child, body);
    if (element) out.push(' ');
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
  return metaTextOf(parsePage(html));
}

function metaTextOf(tree: Node): string {
  const out: string[] = [];
  const walk = (node: Node, inMeta: boolean): void => {
    if (node.nodeName === '#text') {
      if (inMeta) out.push((node as DefaultTreeAdapterTypes.TextNode).value);
      return;
    }
    const element = isElement(node);
    if (node.nodeName !== '#document' && !element) return;
    const meta = inMeta || (element && hasAttribute(node, 'data-pagefind-meta'));
    for (const child of childrenOf(node)) walk(child, meta);
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
  const tree = parsePage(html);
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
