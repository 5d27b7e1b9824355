import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { inlineHash } from './csp.ts';

/** Script types a browser does not run (data blocks), so CSP does not cover them. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
/** Elements that may come before the policy: it must be in force before anything loads. */
const BEFORE_POLICY = new Set(['meta', 'title']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data'];

/**
 * Checks one built HTML page against the policy it must carry (`expected`):
 * the policy meta tag is in <head> before any script, style or link; every
 * inline script and style is allowed by a hash in it; no element carries a
 * `style` or `on…` attribute or a `javascript:` URL (the policy would block
 * them, so one here means the page is broken, or worse). Returns what is wrong.
 */
export function checkPagePolicy(html: string, expected: string): string[] {
  const tree: Root = fromHtml(html);
  const problems: string[] = [];
  let policy: string | undefined;
  let head: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'head') head = node;
  });
  for (const child of head?.children ?? []) {
    if (child.type !== 'element') continue;
    const equiv = child.properties['httpEquiv'];
    const name = Array.isArray(equiv) ? equiv.join(' ') : String(equiv ?? '');
    if (child.tagName === 'meta' && name.toLowerCase() === 'content-security-policy') {
      policy = String(child.properties['content'] ?? '');
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
  visit(tree, 'element', (node) => {
    const props = node.properties;
    if (node.tagName === 'script' && props['src'] === undefined) {
      const type = String(props['type'] ?? '');
      const text = toString(node);
      if (!DATA_SCRIPT.test(type) && !scriptSrc.includes(inlineHash(text)))
        problems.push(`inline <script> not allowed by a hash: ${text.slice(0, 80)}`);
    }
    if (node.tagName === 'style' && !styleSrc.includes(inlineHash(toString(node))))
      problems.push(`inline <style> not allowed by a hash: ${toString(node).slice(0, 80)}`);
    for (const key of Object.keys(props)) {
      if (key === 'style')
        problems.push(`<${node.tagName} style> attribute (blocked by the policy)`);
      if (/^on[a-z]/i.test(key)) problems.push(`<${node.tagName} ${key}> event handler attribute`);
    }
    for (const key of URL_ATTRIBUTES) {
      // Browsers strip tabs and newlines inside a scheme (`java\nscript:`).
      const value = String(props[key] ?? '')
        .replace(/[\t\n\r]/g, '')
        .trim();
      if (/^javascript:/i.test(value))
        problems.push(`<${node.tagName} ${key}="${value.slice(0, 60)}">`);
    }
  });
  return problems;
}
