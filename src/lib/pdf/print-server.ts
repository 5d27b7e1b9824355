import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CONTENT_TYPES } from '../server/static-server.ts';

/** A running print server; `url` has no trailing slash. */
export interface PrintServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built site to the printing Chromium on 127.0.0.1 (a free port).
 * Unlike the plain static server (src/lib/server/static-server.ts) it marks
 * every file immutable: the output does not change while the PDF step
 * prints (it writes PDFs and download links, never what a print page
 * loads), so Chromium takes the stylesheets, the eight web fonts and the
 * images from its cache for every print page after the first instead of
 * fetching and decoding ~300 KB again per document (≈60 % of a page load).
 * What a print page loads is read once and kept in memory for the same
 * reason; the print pages themselves (one read each) are not kept.
 */
export async function servePrintSite(dir: string): Promise<PrintServer> {
  const root = path.resolve(dir);
  const files = new Map<string, Promise<Buffer | undefined>>();
  const read = async (file: string): Promise<Buffer | undefined> => {
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) return readFile(path.join(file, 'index.html')).catch(() => undefined);
    return info?.isFile() ? readFile(file) : undefined;
  };
  const load = (file: string): Promise<Buffer | undefined> => {
    if (file.endsWith('.html') || !path.extname(file)) return read(file);
    let body = files.get(file);
    if (!body) files.set(file, (body = read(file)));
    return body;
  };
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = path.join(root, pathname);
      const body = file.startsWith(root) ? await load(file) : undefined;
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Not found');
        return;
      }
      const ext = pathname.endsWith('/') ? '.html' : path.extname(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'public, max-age=31536000, immutable',
        'content-length': body.byteLength,
      });
      res.end(body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
