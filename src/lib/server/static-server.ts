import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** A running static file server; `url` has no trailing slash. */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Content types by file extension, for every server that hands the built site to Chromium. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Options of {@link serveStatic}. */
export interface ServeOptions {
  /**
   * Send the response headers the site's `_headers` file gives (the format
   * of Netlify and Cloudflare Pages: a path, `/*` or ending in `*`, then
   * indented `Name: value` lines), as a host configured from it would.
   */
  headersFile?: boolean;
}

/** One rule of a `_headers` file. */
interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Parses a `_headers` file into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** The headers every matching rule gives `pathname`; a header named twice is sent twice. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string[]][] {
  const byName = new Map<string, string[]>();
  for (const rule of rules) {
    const hit = rule.path.endsWith('*')
      ? pathname.startsWith(rule.path.slice(0, -1))
      : pathname === rule.path;
    if (!hit) continue;
    for (const [name, value] of rule.headers)
      byName.set(name.toLowerCase(), [...(byName.get(name.toLowerCase()) ?? []), value]);
  }
  return [...byName];
}

/**
 * Serves a built site from `dir` on 127.0.0.1 (a free port), the way a plain
 * static host would: `/a/` serves `/a/index.html`, unknown paths get 404.html
 * with status 404. For tests and the PDF step; never for production.
 */
export async function serveStatic(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const rules = options.headersFile
    ? parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8'))
    : [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = path.join(root, pathname);
      if (!file.startsWith(root)) return send404();
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) file = path.join(file, 'index.html');
      else if (!info) return send404();
      const found = await stat(file).catch(() => undefined);
      if (!found?.isFile()) return send404();
      for (const [name, values] of headersFor(rules, pathname)) res.setHeader(name, values);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(res);
    })();

    function send404(): void {
      for (const [name, values] of headersFor(rules, '/404.html')) res.setHeader(name, values);
      res.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] ?? 'text/html' });
      createReadStream(path.join(root, '404.html'))
        .on('error', () => res.end('Not found'))
        .pipe(res);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
