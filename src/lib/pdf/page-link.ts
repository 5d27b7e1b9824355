import { formatBytes } from '../i18n/format.ts';

/**
 * Writes the PDF's real size into the document page's download link
 * (rendered by src/components/doc/PdfLink.astro before the PDF existed):
 * `<a href="<url>" …>…</a> <span class="file-info">(PDF, …)</span>`.
 * Returns the new HTML, or undefined when the page has no link to the PDF.
 */
export function fillPdfSize(html: string, url: string, bytes: number): string | undefined {
  const href = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(href="${href}"[^>]*>[\\s\\S]*?</a>\\s*<span class="file-info">\\(PDF, )([^)<]*)(\\))`,
  );
  if (!pattern.test(html)) return undefined;
  return html.replace(
    pattern,
    (_, before: string, _old: string, after: string) => `${before}${formatBytes(bytes)}${after}`,
  );
}
