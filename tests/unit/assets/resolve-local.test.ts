import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyAssetUrl } from '../../../src/lib/core/asset-url.ts';
import {
  isRelativeUrl,
  parseLocalUrl,
  resolveLocalFile,
} from '../../../src/lib/assets/resolve-local.ts';
import { scratchDir } from '../../helpers/scratch.ts';

describe('isRelativeUrl and parseLocalUrl', () => {
  it('treats only paths without scheme, leading slash or leading # as relative', () => {
    expect(['bilete/a.png', '../a.md#x', 'a%20b.pdf'].every(isRelativeUrl)).toBe(true);
    const other = ['/dokument/a/', '//cdn/a.png', 'https://a', 'mailto:a@b', '#x', '?q', 'C:\\a'];
    expect(other.filter(isRelativeUrl)).toEqual([]);
  });

  it('decodes percent escapes to NFC and splits off the fragment', () => {
    expect(parseLocalUrl('Plan%20fo%CC%88r.md#M%C3%A5l')).toEqual({
      path: 'Plan för.md',
      hash: 'Mål',
    });
    expect(parseLocalUrl('a.pdf?v=2')).toEqual({ path: 'a.pdf' });
    expect(parseLocalUrl('bad%zz.png')).toEqual({ path: 'bad%zz.png' });
  });
});

describe('resolveLocalFile', () => {
  const content = scratchDir('planverk-resolve-');
  mkdirSync(path.join(content, 'tysnes/bilete'), { recursive: true });
  writeFileSync(
    path.join(content, 'tysnes/bilete/Figur 1.PNG'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );

  it('resolves from the document’s folder', () => {
    expect(resolveLocalFile(content, 'tysnes/plan', 'bilete/Figur 1.PNG')).toEqual({
      ok: true,
      file: 'tysnes/bilete/Figur 1.PNG',
      source: path.join(content, 'tysnes/bilete/Figur 1.PNG'),
      verdict: { ok: true, ext: 'png' },
    });
  });

  it('refuses paths out of content/ and suggests a near name for a missing file', () => {
    expect(resolveLocalFile(content, 'tysnes/plan', '../../etc/passwd.png')).toEqual({
      ok: false,
      reason: 'outside',
    });
    expect(resolveLocalFile(content, 'tysnes/plan', 'bilete/figur 1.png')).toEqual({
      ok: false,
      reason: 'missing',
      file: 'tysnes/bilete/figur 1.png',
      suggestion: 'Figur 1.PNG',
    });
  });

  it('publishes under the transliterated name next to the page', () => {
    expect(bodyAssetUrl('tysnes/plan', 'tysnes/bilete/Figur 1 Løysingar på nivå.PNG')).toBe(
      '/dokument/tysnes/plan/figur-1-loysingar-pa-niva.png',
    );
  });
});
