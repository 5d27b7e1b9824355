import type { BuildContext, BuildStep } from '../output/step.ts';
import type { GraphStep } from './step-graph.ts';
import type { ManifestField } from '../output/manifest.ts';

/**
 * A step whose module is imported when the step runs, not when the build
 * starts: a build that stops on a content error, or is up to date, never
 * loads Chromium's driver, satori, resvg or Pagefind (their imports cost
 * seconds of every build's startup).
 */
function lazyStep(
  name: string,
  after: readonly string[],
  touches: { reads?: readonly Part[]; writes?: readonly Part[] },
  load: () => Promise<BuildStep>,
): GraphStep {
  return {
    name,
    after,
    ...touches,
    run: async (context: BuildContext) => (await load()).run(context),
  };
}

/**
 * The parts of the staged output the steps read and write, for the graph
 * check (./step-graph.ts): two steps that touch a part, one of them writing
 * it, must be ordered by `after`. Astro writes the pages before any step.
 * - `pages`: the HTML pages (not the print pages); `print-pages`: `utskrift/`;
 * - `attachments`: the documents' files; `favicon`: favicon.ico and the SVGs
 *   beside it; `pdfs`; `cards`: `bilde/`; `data`: the open data files;
 * - `sitemap`, `headers` (`_headers`), `search` (`pagefind/`), `manifest`
 *   (`data/dokument.json`).
 * A step that writes into the documents' folders reads `attachments`: it
 * must not write over one.
 */
type Part =
  | 'pages'
  | 'print-pages'
  | 'attachments'
  | 'favicon'
  | 'pdfs'
  | 'cards'
  | 'data'
  | 'sitemap'
  | 'headers'
  | 'search'
  | 'manifest';

/**
 * Fields later steps add to each `data/dokument.json` row, read from the
 * staged output (e.g. `pdf: { url, bytes }` once PDFs are printed, `bilde`
 * once social cards exist). Add yours here; loaded when the manifest step runs.
 */
export async function manifestFields(): Promise<ManifestField[]> {
  const [data, pdf, social] = await Promise.all([
    import('../data/step.ts'),
    import('../pdf/manifest-field.ts'),
    import('../social/manifest-field.ts'),
  ]);
  return [data.openDataManifestField, pdf.pdfManifestField, social.socialCardManifestField];
}

/**
 * The post-build steps, run by src/lib/build/build-site.ts over the staged
 * output after Astro has written the pages, as a graph (./step-graph.ts): a
 * step starts when the steps it names in `after` are done, two at a time,
 * ready steps in the order listed. Listed first of what is ready, the PDFs
 * print in Chromium while the Node steps (cards, data, sitemap, security
 * headers, the search index) run beside them; the listed order is also a
 * valid one-at-a-time order. A step that throws stops the build (nothing
 * further starts) and the previous dist/ stays as it was.
 *
 * What forces an order (add a new step's reasons here, and the parts a
 * step touches to its `reads` and `writes`, which the graph check compares):
 * - the PDFs after `vedlegg` and `favicon`: print pages load both, and a PDF
 *   is never written over an attachment;
 * - `security-headers` after every step that writes files it lists in
 *   `_headers` (attachments, SVGs such as the favicon); PDFs, cards, data
 *   and the search bundle it does not list; the pages it checks are Astro's;
 * - the other page readers (sitemap, search) and the writers of their own
 *   folders (cards, data) after `vedlegg` and `favicon` only, so that
 *   without the PDFs (or with few to print, as in a rebuild) the search
 *   index, the longest of them, is made beside the cards; listed right
 *   after the PDFs, it starts with them (a rebuild that prints one PDF and
 *   takes every card from the cache has the index as its longest step;
 *   behind the cards it started their seconds later);
 * - `manifest` after the steps whose output it reports (PDFs, cards, data);
 * - `pdf-links` last: it fills each PDF's size into its page's link and
 *   removes the print pages; no step before it reads that text (the link is
 *   `data-pagefind-ignore`), and the readers skip `utskrift/`.
 * Each is `lazyStep(name, after, import)`: the name is the one its module gives it.
 */
export const BUILD_STEPS: GraphStep[] = [
  lazyStep(
    'vedlegg',
    [],
    { writes: ['attachments'] },
    async () => (await import('../site/copy-files.ts')).copyAttachmentsStep,
  ),
  lazyStep(
    'favicon',
    ['vedlegg'],
    { reads: ['attachments'], writes: ['favicon'] },
    async () => (await import('../site/favicon.ts')).faviconStep,
  ),
  lazyStep(
    'pdf',
    ['vedlegg', 'favicon'],
    { reads: ['print-pages', 'attachments', 'favicon'], writes: ['pdfs'] },
    async () => (await import('../pdf/pdf-step.ts')).pdfStep,
  ),
  lazyStep(
    'search',
    ['vedlegg', 'favicon'],
    { reads: ['pages'], writes: ['search'] },
    async () => (await import('../search/pagefind-step.ts')).searchStep,
  ),
  lazyStep(
    'social-cards',
    ['vedlegg', 'favicon'],
    { reads: ['attachments'], writes: ['cards'] },
    async () => (await import('../social/step.ts')).socialCardsStep,
  ),
  lazyStep(
    'opne-data',
    ['vedlegg', 'favicon'],
    { writes: ['data'] },
    async () => (await import('../data/step.ts')).openDataStep,
  ),
  lazyStep(
    'sitemap',
    ['vedlegg', 'favicon'],
    { reads: ['pages'], writes: ['sitemap'] },
    async () => (await import('../data/sitemap.ts')).sitemapStep,
  ),
  lazyStep(
    'security-headers',
    ['vedlegg', 'favicon'],
    { reads: ['pages', 'attachments', 'favicon'], writes: ['headers'] },
    async () => (await import('./headers.ts')).securityHeadersStep,
  ),
  lazyStep(
    'manifest',
    ['pdf', 'social-cards', 'opne-data', 'search'],
    { reads: ['pdfs', 'cards', 'data'], writes: ['manifest'] },
    async () => (await import('../output/manifest.ts')).manifestStep(await manifestFields()),
  ),
  lazyStep(
    'pdf-links',
    ['pdf', 'sitemap', 'security-headers', 'search', 'manifest'],
    { reads: ['pdfs'], writes: ['pages', 'print-pages'] },
    async () => (await import('../pdf/links-step.ts')).pdfLinksStep,
  ),
];

/**
 * The build's steps with the PDF step doing nothing but say so: for the
 * bench's timing of the site without PDFs (`PLANVERK_BENCH_NO_PDF`). The graph
 * keeps its shape, so every other step runs as it would, only sooner.
 */
export function withoutPdfs(steps: readonly GraphStep[]): GraphStep[] {
  return steps.map((step) =>
    step.name === 'pdf'
      ? {
          ...step,
          run: async (context: BuildContext) => {
            context.logger.warn(
              'pdf: skipped (PLANVERK_BENCH_NO_PDF=1); the download links lead nowhere, do not publish this site',
            );
          },
        }
      : step,
  );
}

/**
 * The steps a shard runs (src/lib/build/shard.ts), one after another: what
 * the PDFs and cards need, the PDFs and cards, and `pdf-links` to leave no
 * print pages behind.
 */
export const SHARD_STEPS: readonly string[] = [
  'vedlegg',
  'favicon',
  'pdf',
  'social-cards',
  'pdf-links',
];
