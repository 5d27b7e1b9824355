/**
 * The PDF step finishes prints on worker threads (src/lib/pdf/finish-pool.ts)
 * so that Node's finishing overlaps Chromium's printing. A worker must make
 * the bytes this thread makes from the same print, and a print whose
 * finishing fails there must fail, not publish something half finished.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishPool, threadPool } from '../../../src/lib/pdf/finish-pool.ts';
import type { PdfInfo } from '../../../src/lib/pdf/metadata.ts';

const FIXTURE = path.join(import.meta.dirname, '../../fixtures/pdf/finish-pool/chromium.pdf');
const HEADINGS = ['Plan for Lærdal', 'Mål', 'Tiltak', 'Økonomi'];

const info = (title: string, language: 'nb' | 'nn'): PdfInfo => ({
  title,
  author: 'Lærdal kommune',
  subject: 'Plan',
  keywords: ['plan', 'økonomi'],
  language,
  created: new Date('2024-05-01T10:00:00Z'),
  archive: { dokumenttype: 'plan', status: 'vedtatt', url: 'https://example.invalid/plan/' },
});

const INFOS = [
  info('Plan for Lærdal', 'nn'),
  info('Plan for Levanger', 'nb'),
  info('Plan for Lærdal', 'nn'),
  info('Plan for Guovdageaidnu – Sámi', 'nb'),
];

describe('PDF finishing on worker threads', () => {
  it('makes the same bytes and bookmarks as this thread, print for print', async () => {
    const print = new Uint8Array(await readFile(FIXTURE));
    const pool = await finishPool(2);
    try {
      expect(pool.workers).toBe(2);
      // All at once: more prints than workers, so some wait their turn.
      const staged = await Promise.all(INFOS.map((i) => pool.finish(print, i, HEADINGS)));
      const fromPool = await Promise.all(staged.map(async (s) => Buffer.from(await s.pdf)));
      const here = threadPool();
      for (const [n, i] of INFOS.entries()) {
        const mine = await here.finish(print, i, HEADINGS);
        expect(staged[n]?.outline).toEqual(mine.outline);
        expect(fromPool[n]?.equals(Buffer.from(await mine.pdf))).toBe(true);
      }
      // Not trivially equal: the bookmarks were read, finishing changed the print, and
      // different document information gives different bytes.
      expect(staged[0]?.outline.map((e) => e.title).length).toBeGreaterThanOrEqual(3);
      expect(fromPool[0]?.equals(Buffer.from(print))).toBe(false);
      expect(fromPool[0]?.equals(fromPool[2] as Buffer)).toBe(true);
      expect(fromPool[0]?.equals(fromPool[1] as Buffer)).toBe(false);
    } finally {
      await pool.close();
    }
  });

  it('fails a print whose finishing fails, with the reason, and goes on with the next', async () => {
    const print = new Uint8Array(await readFile(FIXTURE));
    const pool = await finishPool(1);
    try {
      const broken = pool.finish(
        new TextEncoder().encode('%PDF-1.4 not a pdf'),
        INFOS[0] as PdfInfo,
        [],
      );
      await expect(broken).rejects.toThrow(/PDF finishing failed in a worker thread: .+/);
      // A print cut short after its bookmarks: reading them works, finishing does not.
      const cut = print.slice(0, Math.floor(print.byteLength * 0.6));
      const truncated = pool
        .finish(cut, INFOS[0] as PdfInfo, HEADINGS)
        .then((staged) => staged.pdf);
      await expect(truncated).rejects.toThrow(/PDF finishing failed in a worker thread/);
      const staged = await pool.finish(print, INFOS[0] as PdfInfo, HEADINGS);
      const mine = await threadPool().finish(print, INFOS[0] as PdfInfo, HEADINGS);
      expect(Buffer.from(await staged.pdf).equals(Buffer.from(await mine.pdf))).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
