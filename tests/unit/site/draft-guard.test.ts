import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/assets/draft-needles.ts';
import { findDraftLeaks } from '../../../src/lib/build/draft-guard.ts';
import { scratchDir } from '../../helpers/scratch.ts';

const draft = { id: 'tysnes/Utkast skuleplan', slug: 'tysnes/utkast-skuleplan' };
const published = { id: 'tysnes/Utkast skuleplan/del-2', slug: 'tysnes/utkast-skuleplan/del-2' };

/** A staged site with one file per entry. */
async function site(files: Record<string, string | Buffer>): Promise<string> {
  const dir = scratchDir('planverk-guard-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

describe('findDraftLeaks: a draft is recognised by what identifies it', () => {
  const forms = {
    'page with slash': '<a href="/dokument/tysnes/utkast-skuleplan/">x</a>',
    'page without slash': '<a href="/dokument/tysnes/utkast-skuleplan">x</a>',
    'absolute, hash':
      '<a href="https://planverk.example.no/dokument/tysnes/utkast-skuleplan/#mal">',
    query: '<a href="/dokument/tysnes/utkast-skuleplan?x=1">',
    'upper case': '<a href="/DOKUMENT/Tysnes/Utkast-Skuleplan/">',
    'percent-encoded': '<a href="/dokument/tysnes/%75tkast-skuleplan/">',
    'entity-encoded': '<a href="/dokument&#x2f;tysnes&#47;utkast-skuleplan/">',
    'JSON-escaped': '{"u":"\\/dokument\\/tysnes\\/utkast-skuleplan\\/"}',
    'its PDF': '<a href="/dokument/tysnes/utkast-skuleplan/utkast-skuleplan.pdf">',
    'its vedlegg': '<a href="/dokument/tysnes/utkast-skuleplan/budsjett.xlsx">',
    'its social card': '<meta content="https://x.no/bilde/tysnes/utkast-skuleplan.png">',
    'its id': '{"id":"tysnes/Utkast skuleplan"}',
  };
  for (const [name, text] of Object.entries(forms)) {
    it(`finds ${name}`, async () => {
      const dir = await site({ 'a/index.html': text });
      expect(await findDraftLeaks(dir, [draft], [published])).not.toEqual([]);
    });
  }

  it('finds a leak inside compressed files (Pagefind fragments are gzip without .gz)', async () => {
    const dir = await site({
      'pagefind/fragment/x.pf_fragment': gzipSync('{"url":"/dokument/tysnes/utkast-skuleplan/"}'),
      'data/x.json.gz': gzipSync('{"id":"tysnes/Utkast skuleplan"}'),
    });
    expect((await findDraftLeaks(dir, [draft])).length).toBe(2);
  });

  it('finds a file published at the draft’s URL', async () => {
    const dir = await site({ 'dokument/tysnes/utkast-skuleplan/vedlegg.bin': Buffer.from([0]) });
    expect(await findDraftLeaks(dir, [draft])).toEqual([
      'dokument/tysnes/utkast-skuleplan/vedlegg.bin: the file itself is «/dokument/tysnes/utkast-skuleplan»',
    ]);
  });
});

describe('findDraftLeaks: regression, quoting a draft’s title is no leak', () => {
  it('publishes a page that quotes the draft’s title in prose', async () => {
    const dir = await site({
      'dokument/tysnes/plan/index.html':
        '<p>Kommunestyret ventar på «Utkast skuleplan for Tysnes 2025–2028».</p>',
    });
    expect(
      await findDraftLeaks(dir, [
        { ...draft, title: 'Utkast skuleplan for Tysnes 2025–2028' } as typeof draft,
      ]),
    ).toEqual([]);
  });

  it('does not mistake a longer name for the draft’s', async () => {
    const dir = await site({
      'index.html':
        '<a href="/dokument/tysnes/utkast-skuleplan-2/">a</a> <a href="/dokument/tysnes/utkast-skuleplan/del-2/">b</a> xtysnes/Utkast skuleplan',
      'dokument/tysnes/utkast-skuleplan/del-2/index.html': '',
    });
    expect(await findDraftLeaks(dir, [draft], [published])).toEqual([]);
  });

  it('finds nothing when there are no drafts', async () => {
    const dir = await site({ 'index.html': '/dokument/tysnes/utkast-skuleplan/' });
    expect(await findDraftLeaks(dir, [])).toEqual([]);
  });
});

describe('decodeText', () => {
  it('undoes percent, entity and JSON escapes', () => {
    expect(decodeText('%2Fa&#x2f;b&#47;c\\/d\\u002fe&sol;f')).toBe('/a/b/c/d/e/f');
  });
});
