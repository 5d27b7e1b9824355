import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePrintSite, type PrintServer } from '../../../src/lib/pdf/print-server.ts';

let dir: string;
let server: PrintServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'planverk-print-server-'));
  await mkdir(path.join(dir, 'utskrift', 'a'), { recursive: true });
  await mkdir(path.join(dir, '_astro'));
  await writeFile(path.join(dir, 'utskrift', 'a', 'index.html'), '<p>a</p>');
  await writeFile(path.join(dir, '_astro', 'font.woff2'), 'wOF2');
  await writeFile(path.join(path.dirname(dir), 'outside.txt'), 'secret');
  server = await servePrintSite(dir);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
  await rm(path.join(path.dirname(dir), 'outside.txt'), { force: true });
});

describe('the print server', () => {
  it('serves a print page and marks what it loads immutable, so Chromium fetches it once', async () => {
    const page = await fetch(`${server.url}/utskrift/a/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>a</p>');
    const font = await fetch(`${server.url}/_astro/font.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(font.headers.get('cache-control')).toContain('immutable');
    expect(await font.text()).toBe('wOF2');
  });

  it('answers 404 for what is missing and never serves outside the site', async () => {
    expect((await fetch(`${server.url}/_astro/none.css`)).status).toBe(404);
    expect((await fetch(`${server.url}/%2e%2e/outside.txt`)).status).toBe(404);
  });

  it('reads a print page anew each time (only what it loads is kept)', async () => {
    await writeFile(path.join(dir, 'utskrift', 'a', 'index.html'), '<p>b</p>');
    expect(await (await fetch(`${server.url}/utskrift/a/`)).text()).toBe('<p>b</p>');
  });
});
