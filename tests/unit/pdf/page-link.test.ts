import { describe, expect, it } from 'vitest';
import { fillPdfSize } from '../../../src/lib/pdf/page-link.ts';

const url = '/dokument/tysnes/sak/sak.pdf';
const page = `<p class="pdf-link no-print"> <a href="${url}" download> Last ned som PDF </a>  <span class="file-info">(PDF, 0\u00a0B)</span> </p>`;

describe('fillPdfSize', () => {
  it('writes the size into the download link of the PDF', () => {
    expect(fillPdfSize(page, url, 91_234)).toContain(
      '<span class="file-info">(PDF, 91\u00a0kB)</span>',
    );
  });

  it('returns undefined when the page links no such PDF', () => {
    expect(fillPdfSize(page, '/dokument/annan/annan.pdf', 10)).toBeUndefined();
    expect(fillPdfSize('<main></main>', url, 10)).toBeUndefined();
  });
});
