import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageAssets } from '../../../src/lib/pdf/assets.ts';
import { scratchDir } from '../../helpers/scratch.ts';

describe('readPageAssets', () => {
  it('reads stylesheets, the fonts they load, images and inline-style fonts, but not plain links', async () => {
    const out = scratchDir('pdf-assets-');
    await mkdir(path.join(out, '_astro'));
    await mkdir(path.join(out, 'vapen'));
    await writeFile(
      path.join(out, '_astro', 'print.css'),
      '@font-face{src:url(./serif.woff2)format("woff2")}',
    );
    await writeFile(path.join(out, '_astro', 'serif.woff2'), 'font-bytes');
    await writeFile(path.join(out, '_astro', 'sans.woff2'), 'sans-bytes');
    await writeFile(path.join(out, 'vapen', 'tysnes.svg'), '<svg/>');
    const html = [
      '<link rel="stylesheet" href="/_astro/print.css">',
      '<style>@font-face{src:url(/_astro/sans.woff2)}</style>',
      '<img src="../../vapen/tysnes.svg" alt="">',
      '<a href="/dokument/annan/">annan</a>',
      '<link rel="stylesheet" href="https://example.org/x.css">',
    ].join('');
    const assets = await readPageAssets(out, '/utskrift/tysnes/sak/', html);
    expect(assets.map(([url]) => url)).toEqual([
      '/_astro/print.css',
      '/_astro/sans.woff2',
      '/_astro/serif.woff2',
      '/utskrift/vapen/tysnes.svg',
    ]);
    expect(Buffer.from(assets[2]?.[1] ?? []).toString()).toBe('font-bytes');
  });
});
