import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { inlineHash } from './csp.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Attribute = Element['attrs'][number];

/** Script types a browser does not run (data blocks), so CSP does not cover them. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
/** Elements that may come before the policy: it must be in force before anything loads. */
const BEFORE_POLICY = new Set(['meta', 'title']);
/** Attributes holding a URL a browser may follow or load (`xlink:href` on SVG too). */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data'];

/**
 * Checks one built HTML page against the policy it must carry (`expected`):
 * the policy meta tag is in <head> before any script, style or link; every
 * inline script and style is allowed by a hash in it; no element carries a
 * `style` or `on…` attribute or a `javascript:` URL (the policy would block
 * them, so one here means the page is broken, or worse). Returns what is wrong.
 *
 * parse5's own tree, without source locations, rather than hast: the build
 * checks every page, and building a positioned hast tree of each cost
 * several times the parse (the check needs neither positions nor hast).
 * It is the tree a browser builds (HTML's parsing rules); a `<template>`'s
 * content is not walked (it is inert until script clones it, and there is none).
 * Attributes are named as written (`onclick`, `formaction`, `xlink:href`).
 */
export function checkPagePolicy(html: string, expected: string): string[] {
  // Scripting off, as hast-util-from-html parsed it: a <noscript>'s content is
  // checked as elements (what a reader without script gets), not skipped as text.
  const document = parse(html, { scriptingEnabled: false });
  const problems: string[] = [];
  let policy: string | undefined;
  let head: Element | undefined;
  walk(document, (node) => {
    if (node.tagName === 'head') head = node;
  });
  for (const child of head?.childNodes ?? []) {
    if (!isElement(child)) continue;
    // Like a browser: the value compared as written, but whitespace-separated tokens.
    const equiv = (attribute(child, 'http-equiv') ?? '').split(/[ \t\n\f\r]+/).filter(Boolean);
    if (child.tagName === 'meta' && equiv.join(' ').toLowerCase() === 'content-security-policy') {
      policy = attribute(child, 'content') ?? '';
      break;
    }
    if (!BEFORE_POLICY.has(child.tagName)) {
      problems.push(`<${child.tagName}> comes before the Content-Security-Policy meta tag`);
      break;
    }
  }
  if (policy === undefined) return [...problems, 'no Content-Security-Policy meta tag in <head>'];
  if (policy !== expected) problems.push(`the policy is «${policy}», expected «${expected}»`);
  const allowed = (directive: string): string[] =>
    policy
      ?.split(';')
      .map((d) => d.trim().split(/\s+/))
      .find((d) => d[0] === directive) ?? [];
  const scriptSrc = allowed('script-src');
  const styleSrc = allowed('style-src');
  walk(document, (node) => {
    if (node.tagName === 'script' && attribute(node, 'src') === undefined) {
      const type = attribute(node, 'type') ?? '';
      const text = textOf(node);
      if (!DATA_SCRIPT.test(type) && !scriptSrc.includes(inlineHash(text)))
        problems.push(`inline <script> not allowed by a hash: ${text.slice(0, 80)}`);
    }
    if (node.tagName === 'style' && !styleSrc.includes(inlineHash(textOf(node))))
      problems.push(`inline <style> not allowed by a hash: ${textOf(node).slice(0, 80)}`);
    // One pass over the attributes (most elements have none or one), URL ones reported in URL_ATTRIBUTES order.
    let urls: (string | undefined)[] | undefined;
    for (const attr of node.attrs) {
      const name = nameOf(attr);
      if (name === 'style')
        problems.push(`<${node.tagName} style> attribute (blocked by the policy)`);
      if (/^on[a-z]/i.test(name))
        problems.push(`<${node.tagName} ${name}> event handler attribute`);
      const at = URL_ATTRIBUTES.indexOf(name);
      // The first of a repeated attribute counts, as parse5 keeps only that one.
      if (at >= 0) (urls ??= [])[at] ??= attr.value;
    }
    if (urls === undefined) return;
    URL_ATTRIBUTES.forEach((key, at) => {
      // Browsers strip tabs and newlines inside a scheme (`java\nscript:`).
      const value = (urls[at] ?? '').replace(/[\t\n\r]/g, '').trim();
      if (/^javascript:/i.test(value))
        problems.push(`<${node.tagName} ${key}="${value.slice(0, 60)}">`);
    });
  });
  return problems;
}

function isElement(node: DefaultTreeAdapterTypes.ChildNode): node is Element {
  return 'tagName' in node;
}

/** Every element below `parent`, in document order (not into a template's content). */
function walk(parent: ParentNode, visit: (element: Element) => void): void {
  for (const child of parent.childNodes) {
    if (!isElement(child)) continue;
    visit(child);
    walk(child, visit);
  }
}

/** An attribute's name as written: `xlink:href` on SVG, where parse5 splits off the prefix. */
function nameOf(attr: Attribute): string {
  return attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
}

function attribute(node: Element, name: string): string | undefined {
  return node.attrs.find((attr) => nameOf(attr) === name)?.value;
}

/** The text of an element's descendants (a script's or style's source). */
function textOf(node: Element): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName === '#text') text += (child as DefaultTreeAdapterTypes.TextNode).value;
    else if (isElement(child)) text += textOf(child);
  }
  return text;
}
