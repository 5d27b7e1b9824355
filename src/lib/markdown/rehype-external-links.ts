import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { addClass } from './hast-class.ts';

/** Options of rehype-external-links. */
export interface Options {
  /** Class put on external links (default `'external'`). */
  className?: string;
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
  const siteHost = options.siteUrl ? new URL(options.siteUrl).host : undefined;

  return function (tree: Root): undefined {
    visit(tree, 'element', (node) => {
      const href = node.properties['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      if (!/^(?:https?:)?\/\//i.test(href)) return;
      let host: string;
      try {
        host = new URL(href, 'https://invalid.example').host;
      } catch {
        return; // A malformed address is not ours to judge here; leave it unmarked.
      }
      if (host !== siteHost) addClass(node, className);
    });
  };
}
