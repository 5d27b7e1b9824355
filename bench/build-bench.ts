/**
 * Build and PDF figures for `npm run bench`, each against a baseline
 * measured in the same run:
 *
 * - the full `npm run build` of the example site (content/) with a cold
 *   cache (baseline) and again with the cache it filled: the ratio is what
 *   the PDF and card caches save;
 * - the median print time per PDF: a bare `page.pdf()` of the print page
 *   (baseline) against Planverk's print with table fitting, TOC passes and
 *   finishing (bench/print-bench.ts, in a child process), with the system's
 *   Chromium and with the bundled one when the machine has both.
 *
 * Builds run as child processes with their own cache directory
 * (PLANVERK_CACHE_DIR), so the project's shared `.planverk/cache` is never
 * emptied under another build. A run that had to wait for another build's
 * lock is measured again. Figures only; nothing here passes or fails.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { PrintFigures } from './print-bench.ts';

/** What one timed build printed and how long it took. */
interface BuildFigures {
  ms: number;
  printed: number;
  cached: number;
  /** Milliseconds of each PDF the build printed (from its `pdf i/n …` lines). */
  pdfMs: number[];
}

/** Attempts per build before a figure taken while waiting for a lock is reported as it is. */
const MAX_ATTEMPTS = 3;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Runs a TypeScript entry point with the project's Node (it strips the types); resolves with its output. */
function runTsx(
  root: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** One `npm run build` of content/ into `out` with the cache in `cacheDir`, timed. */
async function timedBuild(
  root: string,
  out: string,
  cacheDir: string,
  extra: readonly string[] = [],
): Promise<BuildFigures> {
  for (let attempt = 1; ; attempt += 1) {
    const started = performance.now();
    const args = ['scripts/build.ts', '--content', 'content', '--out', out, ...extra];
    const run = await runTsx(root, args, {
      PLANVERK_CACHE_DIR: cacheDir,
      // One line per printed PDF with its time, read below.
      PLANVERK_PDF_LOG: 'each',
    });
    const ms = Math.round(performance.now() - started);
    if (run.code !== 0) {
      throw new Error(`bench: the build failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
    }
    const waited = /waiting for another build/.test(run.stdout);
    if (waited && attempt < MAX_ATTEMPTS) continue;
    if (waited) console.warn('bench: another build held the lock; the time includes the wait');
    const summary = /pdf: (\d+) printed, (\d+) from cache/.exec(run.stdout);
    const pdfMs = [...run.stdout.matchAll(/pdf \d+\/\d+ \S+ \(\d+ pass(?:es)?, (\d+) ms\)/g)].map(
      (m) => Number(m[1]),
    );
    return {
      ms,
      printed: Number(summary?.[1] ?? 0),
      cached: Number(summary?.[2] ?? 0),
      pdfMs,
    };
  }
}

/** Prints the build and PDF tables; `corpusDir` holds the bench's scratch output (gitignored). */
export async function benchBuild(root: string, corpusDir: string): Promise<void> {
  const out = path.join(corpusDir, 'build-site');
  const cacheDir = path.join(corpusDir, 'build-cache');
  await rm(cacheDir, { recursive: true, force: true });
  const cold = await timedBuild(root, out, cacheDir);
  // The cold run starts from an empty cache, so the next one deletes nothing first.
  // --force: everything is built again, with the caches the cold run filled.
  const warm = await timedBuild(root, out, cacheDir, ['--force']);
  // Nothing changed and the output is as published: the build says «up to date».
  const same = await timedBuild(root, out, cacheDir);
  console.log(
    `build: cold ${cold.ms} ms (${cold.printed} PDFs printed, ${cold.cached} from cache), ` +
      `with cache (--force) ${warm.ms} ms (${warm.printed} printed, ${warm.cached} from cache), ` +
      `no change ${same.ms} ms (${(same.ms / cold.ms).toFixed(3)}× cold)`,
  );

  const docs = await benchPrint(root, corpusDir);

  const row = (metric: string, a: number, b: number): string =>
    `| ${metric} | ${Math.round(a)} | ${Math.round(b)} | ${a ? (b / a).toFixed(2) : '–'} |`;
  console.log(
    `\n| build, example site (${cold.printed + cold.cached} PDFs) | cold cache | with cache | ratio |\n|---|---:|---:|---:|`,
  );
  console.log(row('full build ms', cold.ms, warm.ms));
  console.log(row('PDFs printed', cold.printed, warm.printed));
  console.log(
    `\n| per PDF (${docs.length} documents, median) | bare page.pdf | planverk | ratio |\n|---|---:|---:|---:|`,
  );
  console.log(
    row('print ms', median(docs.map((d) => d.bareMs)), median(docs.map((d) => d.planverkMs))),
  );
  console.log(
    `\nplanverk print time per PDF inside the cold build (its log): median ${median(cold.pdfMs)} ms`,
  );
}

/**
 * The print bench once per Chromium this machine has (the system's, the
 * bundled one), so their print times are measured in the same run; prints
 * the per-PDF lines and, with both, the side-by-side table. Returns the
 * figures of the first (the one a build would use).
 */
export async function benchPrint(root: string, corpusDir: string): Promise<PrintFigures[]> {
  const { chooseChromium } = await import('../src/lib/browser/chromium.ts');
  const kinds = ['system', 'bundled'] as const;
  const chromiums: (typeof kinds)[number][] = [];
  for (const kind of kinds) {
    if (
      await chooseChromium({ PLANVERK_CHROMIUM: kind }).then(
        () => true,
        () => false,
      )
    ) {
      chromiums.push(kind);
    }
  }
  const byChromium = new Map<string, PrintFigures[]>();
  for (const kind of chromiums) {
    const print = await runTsx(
      root,
      ['bench/print-bench.ts', '--out', path.join(corpusDir, 'print-site')],
      { PLANVERK_CHROMIUM: kind },
    );
    const line = print.stdout.split('\n').findLast((l) => l.startsWith('{'));
    if (print.code !== 0 || !line) {
      throw new Error(`bench: the print bench failed:\n${print.stdout}\n${print.stderr}`);
    }
    byChromium.set(kind, (JSON.parse(line) as { docs: PrintFigures[] }).docs);
  }
  const docs = byChromium.get(chromiums[0] ?? 'bundled') ?? [];
  for (const d of docs) {
    console.log(
      `print ${d.slug} (${chromiums[0]}): bare ${Math.round(d.bareMs)} ms, planverk ${Math.round(d.planverkMs)} ms ` +
        `(${d.passes} pass${d.passes > 1 ? 'es' : ''})`,
    );
  }
  if (chromiums.length === 2) {
    const other = byChromium.get('bundled') ?? [];
    console.log(
      '\n| planverk print ms per PDF (median) | system Chromium | bundled Chromium | ratio |\n|---|---:|---:|---:|',
    );
    for (const d of docs) {
      const b = other.find((o) => o.slug === d.slug);
      if (b)
        console.log(
          `| ${d.slug} | ${Math.round(d.planverkMs)} | ${Math.round(b.planverkMs)} | ${(b.planverkMs / d.planverkMs).toFixed(2)} |`,
        );
    }
    console.log(
      `| median | ${Math.round(median(docs.map((d) => d.planverkMs)))} | ${Math.round(median(other.map((d) => d.planverkMs)))} | |`,
    );
  }

  return docs;
}
