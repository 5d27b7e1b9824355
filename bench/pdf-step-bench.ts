/**
 * The build's own PDF step (printPdfs: parallel pages, finishing, cache) on
 * a site rendered once, timed without the content and Astro phases around
 * it: each run copies the rendered site (the step removes `/utskrift/`),
 * prints every document (or the first `--limit`) with an empty PDF cache,
 * and prints the step's wall time, Node's and Chromium's CPU
 * (step-profile.ts, `PLANVERK_PDF_LOG=each` figures), the per-part ms and a
 * digest of all PDFs, so two code versions can be compared run by run
 * (interleave them: A B A B) and byte for byte.
 *
 *   npx node bench/pdf-step-bench.ts --content DIR --site DIR [--render] [--limit 40]
 *     [--parallel 2] [--runs 1] [--keep DIR]
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      content: { type: 'string' },
      site: { type: 'string' },
      render: { type: 'boolean', default: false },
      limit: { type: 'string' },
      parallel: { type: 'string' },
      runs: { type: 'string', default: '1' },
      keep: { type: 'string' },
    },
  });
  if (!values.content || !values.site)
    throw new Error('pdf-step-bench: --content and --site are required');
  const root = process.cwd();
  const contentDir = path.resolve(values.content);
  const site = path.resolve(values.site);
  const { siteOptions } = await import('../src/lib/site/options.ts');
  if (values.render) {
    const { renderPages } = await import('../src/lib/build/build-site.ts');
    await rm(site, { recursive: true, force: true });
    await renderPages({ command: 'build', options: siteOptions(root, false, contentDir) }, site);
  }
  const { default: config } = await import('../planverk.config.ts');
  const { loadContent } = await import('../src/lib/content/load.ts');
  const { printPdfs } = await import('../src/lib/pdf/pdf-step.ts');
  const { documentPdfUrl } = await import('../src/lib/core/urls.ts');
  const { urlToFile } = await import('../src/lib/core/print-urls.ts');
  const loaded = await loadContent({ root, contentDir, config });
  const published = loaded.documents.filter((d) => d.status !== 'utkast');
  const documents = values.limit ? published.slice(0, Number(values.limit)) : published;

  for (let run = 0; run < Number(values.runs); run += 1) {
    const work = await mkdtemp(path.join(tmpdir(), 'pdf-step-bench-'));
    const outDir = path.join(work, 'site');
    await cp(site, outDir, { recursive: true });
    const lines: string[] = [];
    const cpu = process.cpuUsage();
    const report = await printPdfs({
      root,
      outDir,
      contentDir,
      cacheDir: path.join(work, 'cache'),
      documents,
      bodies: new Map(),
      config,
      preview: false,
      logger: {
        info: (m) => lines.push(m),
        warn: (m) => lines.push(`warn: ${m}`),
        error: (m) => lines.push(`error: ${m}`),
      },
      parallel: values.parallel ? Number(values.parallel) : undefined,
      logEach: true,
    });
    const used = process.cpuUsage(cpu);
    const hash = createHash('sha256');
    const each: string[] = [];
    for (const doc of documents) {
      const bytes = await readFile(urlToFile(outDir, documentPdfUrl(doc)));
      hash.update(bytes);
      each.push(`${doc.id} ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`);
    }
    const passes = lines
      .map((l) => /\((\d) pass/.exec(l)?.[1])
      .filter((p): p is string => p !== undefined);
    const count = (n: string): number => passes.filter((p) => p === n).length;
    console.log(
      JSON.stringify({
        docs: documents.length,
        wallMs: Math.round(report.ms),
        nodeCpuMs: Math.round((used.user + used.system) / 1000),
        passes: { one: count('1'), two: count('2'), three: count('3') },
        digest: hash.digest('hex').slice(0, 16),
      }),
    );
    for (const line of lines.filter((l) => l.startsWith('pdf profile'))) console.log(line);
    if (values.keep) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(path.resolve(values.keep), `${each.join('\n')}\n`);
      await writeFile(`${path.resolve(values.keep)}.log`, `${lines.join('\n')}\n`);
    }
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
