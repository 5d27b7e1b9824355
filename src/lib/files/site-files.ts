import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { PRINT_ROOT } from '../core/print-urls.ts';

/**
 * Every file of the staged site that is published, as POSIX paths relative
 * to `outDir`, sorted. Not the print pages (`utskrift/`): they are
 * Chromium's, and the last build step removes them. The steps that read the
 * staged site while the PDFs print (sitemap, security headers, search) list
 * it here, so none of them can forget to skip the print pages.
 */
export async function siteFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith(`${PRINT_ROOT}/`))
    .sort();
}
