import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../src/lib/model/types.ts';
import {
  assertUniqueUrls,
  attachmentFileName,
  attachmentUrl,
  documentPdfUrl,
  documentUrl,
  UrlCollisionError,
} from '../../../src/lib/core/urls.ts';

function doc(id: string, slug: string, files: string[] = []): PlanDocument {
  return {
    id,
    slug,
    sourcePath: `content/${id}.md`,
    attachments: files.map((file) => ({ title: file, file, bytes: 1, ext: 'pdf' })),
  } as unknown as PlanDocument;
}

describe('urls', () => {
  it('puts documents under /dokument/<slug>/ and the PDF beside the page', () => {
    const d = doc(
      'tysnes/Digitalisering i kommunal sektor',
      'tysnes/digitalisering-i-kommunal-sektor',
    );
    expect(documentUrl(d)).toBe('/dokument/tysnes/digitalisering-i-kommunal-sektor/');
    expect(documentPdfUrl(d)).toBe(
      '/dokument/tysnes/digitalisering-i-kommunal-sektor/digitalisering-i-kommunal-sektor.pdf',
    );
  });

  it('transliterates attachment file names with spaces and æøå', () => {
    expect(attachmentFileName('tysnes/vedlegg/Økonomi og årsrapport (endeleg).PDF')).toBe(
      'okonomi-og-arsrapport-endeleg.pdf',
    );
    expect(
      attachmentUrl(doc('a/b', 'a/b'), {
        title: 'x',
        file: 'a/Bærekraft.xlsx',
        bytes: 1,
        ext: 'xlsx',
      }),
    ).toBe('/dokument/a/b/baerekraft.xlsx');
  });

  it('refuses two documents with the same URL, naming both files', () => {
    const a = doc('tysnes/Økonomiplan', 'tysnes/okonomiplan');
    const b = doc('tysnes/okonomiplan', 'tysnes/okonomiplan');
    expect(() => assertUniqueUrls([a, b])).toThrow(UrlCollisionError);
    expect(() => assertUniqueUrls([a, b])).toThrow(
      /content\/tysnes\/Økonomiplan\.md and content\/tysnes\/okonomiplan\.md/,
    );
  });

  it('refuses two attachments of one document that transliterate alike', () => {
    const a = doc('x', 'x', ['x/Årsplan.pdf', 'x/arsplan.pdf']);
    expect(() => assertUniqueUrls([a])).toThrow(/arsplan\.pdf/);
    expect(() => assertUniqueUrls([doc('y', 'y', ['y/plan.pdf'])])).not.toThrow();
  });
});
