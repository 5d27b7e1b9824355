import { posix } from 'node:path';
import type { Root } from 'mdast';
import { walk } from '../core/tree-walk.ts';

// src="…" and href="…" in the raw HTML that documents converted from Word carry.
const HTML_URL = /\b(?:src|href)\s*=\s*["']([^"']+)["']/gi;

/** The content-relative path a body URL points at, or undefined for web links and anchors. */
function localPath(docPath: string, url: string): string | undefined {
  const bare = url.trim().replace(/[?#].*$/, '');
  if (bare === '' || /^[a-z][a-z0-9+.-]*:/i.test(bare) || bare.startsWith('//')) return undefined;
  let decoded = bare;
  try {
    decoded = decodeURI(bare);
  } catch {
    // A lone `%` is not an escape: keep the path as written.
  }
  const joined = bare.startsWith('/')
    ? posix.normalize(decoded.slice(1))
    : posix.normalize(posix.join(posix.dirname(docPath), decoded));
  return joined.startsWith('../') ? undefined : joined.normalize('NFC');
}

/**
 * The files a document's body links to or shows (`![](bilete/kart.png)`,
 * `[tabell](vedlegg/tabell.xlsx)`, `<img src>`), as content-relative POSIX
 * paths, so the checker does not report them as unused.
 */
export function bodyFiles(docPath: string, tree: Root): string[] {
  const urls: string[] = [];
  walk(tree, null, (node) => {
    if (node.type === 'image' || node.type === 'link' || node.type === 'definition')
      urls.push(node.url);
    else if (node.type === 'html')
      for (const m of node.value.matchAll(HTML_URL)) urls.push(m[1] ?? '');
  });
  return urls.flatMap((url) => localPath(docPath, url) ?? []);
}
