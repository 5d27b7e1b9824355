import type { BuildContext, BuildStep } from '../output/step.ts';
import type { ManifestField } from '../output/manifest.ts';

/**
 * A step whose module is imported when the step runs, not when the build
 * starts: a build that stops on a content error, or is up to date, never
 * loads Chromium's driver, satori, resvg or Pagefind (their imports cost
 * seconds of every build's startup).
 */
function lazyStep(name: string, load: () => Promise<BuildStep>): BuildStep {
  return { name, run: async (context: BuildContext) => (await load()).run(context) };
}

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
 * The post-build steps, in order, run by scripts/build.ts over the staged
 * output after Astro has written the pages. Insert new steps (social cards,
 * PDFs, the Pagefind index) before `manifest`, which reports what they made.
 * A step that throws stops the build and the previous dist/ stays as it was.
 * Each is `lazyStep(name, import)`: the name is the one its module gives it.
 */
export const BUILD_STEPS: BuildStep[] = [
  lazyStep('vedlegg', async () => (await import('../site/copy-files.ts')).copyAttachmentsStep),
  lazyStep('favicon', async () => (await import('../site/favicon.ts')).faviconStep),
  lazyStep('pdf', async () => (await import('../pdf/pdf-step.ts')).pdfStep),
  lazyStep('social-cards', async () => (await import('../social/step.ts')).socialCardsStep),
  lazyStep('opne-data', async () => (await import('../data/step.ts')).openDataStep),
  lazyStep('manifest', async () =>
    (await import('../output/manifest.ts')).manifestStep(await manifestFields()),
  ),
  lazyStep('sitemap', async () => (await import('../data/sitemap.ts')).sitemapStep),
  // After every step that writes pages, before the index is made of them.
  lazyStep('security-headers', async () => (await import('./headers.ts')).securityHeadersStep),
  // Last: indexes the HTML as the steps above left it (src/lib/search).
  lazyStep('search', async () => (await import('../search/pagefind-step.ts')).searchStep),
];
