import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walk } from '../core/tree-walk.ts';
import { addClass } from './hast-class.ts';

/** Options of rehype-external-links. */
export interface Options {
  /** Class put on external links (default `'external'`). */
  className?: string;
  /**
   * Extra class on external links whose text already is the address
   * (default `'bare-url'`), so print CSS does not write it twice.
   */
  bareClassName?: string;
  /**
   * Absolute URL of the site itself (e.g. `https://planar.ardal.kommune.no`);
   * links to its host are internal. Default: none, so every `http(s)` link is
   * external.
   */
  siteUrl?: string;
}

/**
 * Marks links that leave the site with a class, so print CSS can write the
 * address after the link text (`a.external::after { content: " (" attr(href) ")" }`).
 * Only `http:`/`https:` (and protocol-relative) links count; `mailto:`,
 * `tel:` and `#anchors` are left as they are.
 */
export default function rehypeExternalLinks(options: Options = {}) {
  const className = options.className ?? 'external';
  const bareClassName = options.bareClassName ?? 'bare-url';
  const siteHost = options.siteUrl ? new URL(options.siteUrl).host : undefined;

  return function (tree: Root): undefined {
    walk(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (!/^(?:https?:)?\/\//i.test(href)) return;
      let host: string;
      try {
        host = new URL(href, 'https://invalid.example').host;
      } catch {
        return; // A malformed address is not ours to judge here; leave it unmarked.
      }
      if (host === siteHost) return;
      addClass(node, className);
      if (sameAddress(toString(node), href)) addClass(node, bareClassName);
    });
  };
}

/** True when a link's text is its address, give or take the scheme, `www.` and a final slash. */
function sameAddress(text: string, href: string): boolean {
  const bare = (url: string) =>
    url
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:)?\/\//, '')
      .replace(/^www\./, '')
      .replace(/\/$/, '');
  return bare(text) === bare(href);
}
