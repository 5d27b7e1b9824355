/**
 * Planverk against Starlight on the same generated corpus, side by side:
 * cold builds interleaved (Planverk, Starlight, Planverk, …) so both see the
 * same load on a shared machine, reported as medians and ratios of medians.
 *
 * Nothing is installed into the repository. The peers are found outside it:
 *
 *   PLANVERK_BENCH_STARLIGHT=/path/to/starlight   an installed copy of
 *       ../shared/bench-peers/starlight (with node_modules); default none
 *   PLANVERK_BENCH_PEERS=/path/to/bench-peers      where gen-corpus.mjs is;
 *       default ../shared/bench-peers next to the project
 *
 * Without a Starlight install the side-by-side is skipped with a message.
 *
 * The full build (PDFs included) is set against Starlight plus WeasyPrint
 * printing the same documents as tagged PDF/UA (../shared/bench-peers/
 * weasy-reuse.py: one reused Python process, the fastest way a peer prints),
 * when Debian's weasyprint is installed. WeasyPrint prints a sample of the
 * documents each run (Starlight's rendered article of each, with the peers'
 * print.css); its cost for all N is the process start plus N times the mean
 * per document, which the table says.
 * The corpus is written twice under bench/corpus/peer-<n>/ (gitignored):
 * Planverk's frontmatter and Starlight's `--plain` one, with identical
 * bodies. The generator names kommuner of its own; their names in the
 * frontmatter are mapped onto the kommuner planverk.config.ts publishes, so
 * the site's configuration is not touched (the bodies are left as they are).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One timed run of a build command. */
interface Run {
  ms: number;
  /** Peak resident memory of the command and its children (kB), when /usr/bin/time is there. */
  rssKb?: number;
  stdout: string;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

const TIME = '/usr/bin/time';

/** Runs a command (under /usr/bin/time for the peak RSS, when present), timed. */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  const useTime = existsSync(TIME);
  const [file, argv] = useTime ? [TIME, ['-f', 'PEAK_RSS_KB=%M', cmd, ...args]] : [cmd, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Math.round(performance.now() - started);
      if (code !== 0) {
        reject(
          new Error(`bench: ${cmd} ${args.join(' ')} failed (${code}):\n${stdout}\n${stderr}`),
        );
        return;
      }
      const rss = /PEAK_RSS_KB=(\d+)/.exec(stderr)?.[1];
      resolve({ ms, ...(rss ? { rssKb: Number(rss) } : {}), stdout });
    });
  });
}

/** Maps the generator's kommune names in one file's frontmatter onto the configured ones. */
export function mapKommuner(text: string, configured: readonly string[]): string {
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---\n') || end < 0) return text;
  const lines = text.slice(0, end).split('\n');
  const pick = (name: string): string => {
    let h = 0;
    for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
    return configured[h % configured.length] ?? name;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const inline = /^kommune: (.+)$/.exec(line);
    if (inline) {
      out.push(`kommune: ${pick((inline[1] as string).trim())}`);
      continue;
    }
    if (line === 'kommune:') {
      const names: string[] = [];
      while (/^ {2}- /.test(lines[i + 1] ?? '')) names.push((lines[++i] as string).slice(4).trim());
      const mapped = [...new Set(names.map(pick))];
      if (mapped.length === 1) out.push(`kommune: ${mapped[0]}`);
      else out.push('kommune:', ...mapped.map((n) => `  - ${n}`));
      continue;
    }
    out.push(line);
  }
  return out.join('\n') + text.slice(end);
}

async function mapFolder(dir: string, configured: readonly string[]): Promise<void> {
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith('.md')) continue;
    const file = path.join(e.parentPath, e.name);
    await writeFile(file, mapKommuner(await readFile(file, 'utf8'), configured));
  }
}

/** Milliseconds of the build's phases, from its own log lines. */
export function phases(stdout: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const m of stdout.matchAll(/\[planverk\] (content|astro): .* in (\d+) ms/g))
    found[m[1] as string] = Number(m[2]);
  for (const m of stdout.matchAll(/\[planverk\] step (\S+): done in (\d+) ms/g))
    found[m[1] as string] = Number(m[2]);
  const total = /published .* in (\d+) ms total/.exec(stdout)?.[1];
  if (total) found['total'] = Number(total);
  return found;
}

/** Documents WeasyPrint prints each run; its per-document mean is scaled to the corpus. */
const WEASY_SAMPLE = 100;

/** True when Debian's WeasyPrint can be imported by the system Python. */
async function hasWeasyPrint(): Promise<boolean> {
  return timed('/usr/bin/python3', ['-c', 'import weasyprint'], process.cwd(), {}).then(
    () => true,
    () => false,
  );
}

/**
 * Plain HTML files of a sample of Starlight's pages: each page's article
 * (`<main>`), linked to the peers' print stylesheet, as a simple HTML render
 * of the same document that WeasyPrint prints. Returns the list file.
 */
async function weasyInputs(starlightDist: string, dir: string, peers: string): Promise<string> {
  const pages: string[] = [];
  for (const e of await readdir(starlightDist, { recursive: true, withFileTypes: true }))
    if (e.isFile() && e.name === 'index.html' && e.parentPath !== starlightDist)
      pages.push(path.join(e.parentPath, e.name));
  pages.sort();
  const step = Math.max(1, Math.floor(pages.length / WEASY_SAMPLE));
  const sample = pages.filter((_, i) => i % step === 0).slice(0, WEASY_SAMPLE);
  const css = path.join(dir, 'print.css');
  await cp(path.join(peers, 'print.css'), css);
  const files: string[] = [];
  for (const page of sample) {
    const html = await readFile(page, 'utf8');
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? html;
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    const name = path.basename(path.dirname(page));
    const out = path.join(dir, name, 'index.html');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(
      out,
      `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${title}</title>` +
        `<link rel="stylesheet" href="${css}"></head><body>${main}</body></html>`,
    );
    files.push(out);
  }
  const list = path.join(dir, 'list.txt');
  await writeFile(list, files.join('\n'));
  return list;
}

/** What one WeasyPrint run measured. */
interface WeasyFigures {
  perDocMs: number;
  totalMs: number;
  /** Documents printed to measure it. */
  sample: number;
}

/** WeasyPrint's cost for `docs` documents from one sample run: start-up + docs × mean. */
function weasyEstimate(csv: string, docs: number): WeasyFigures {
  const rows = csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const launch = Number(rows.find((r) => r[1] === '_launch')?.[2] ?? 0);
  const per = rows.filter((r) => r[1] !== '_launch').map((r) => Number(r[2]));
  const mean = per.reduce((a, b) => a + b, 0) / Math.max(1, per.length);
  return {
    perDocMs: Math.round(mean),
    totalMs: Math.round(launch + mean * docs),
    sample: per.length,
  };
}

/**
 * Appends a sentence to the body of the corpus's middle document (by name),
 * as a clerk's edit; returns the file and its old text to put back.
 */
async function editOneDocument(dir: string): Promise<{ file: string; text: string }> {
  const files: string[] = [];
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile() && e.name.endsWith('.md')) files.push(path.join(e.parentPath, e.name));
  files.sort();
  const file = files[Math.floor(files.length / 2)] as string;
  const text = await readFile(file, 'utf8');
  await writeFile(file, `${text.trimEnd()}\n\nEin ny setning er lagd til i dette dokumentet.\n`);
  return { file, text };
}

/** Options of {@link benchPeers}. */
export interface PeerBenchOptions {
  docs: number;
  runs: number;
  starlight?: string | undefined;
  peers?: string | undefined;
}

/** The side-by-side table: cold builds of the same corpus, interleaved, medians and ratios. */
export async function benchPeers(root: string, options: PeerBenchOptions): Promise<void> {
  const starlight = options.starlight ?? process.env['PLANVERK_BENCH_STARLIGHT'];
  const peers =
    options.peers ??
    process.env['PLANVERK_BENCH_PEERS'] ??
    path.resolve(root, '..', 'shared', 'bench-peers');
  const astroBin = starlight && path.join(starlight, 'node_modules', '.bin', 'astro');
  if (!starlight || !astroBin || !existsSync(astroBin)) {
    console.log(
      'peers: skipped, no Starlight install. Set PLANVERK_BENCH_STARLIGHT to a copy of ' +
        'bench-peers/starlight with its node_modules (see bench-peers/README.md).',
    );
    return;
  }
  const generator = path.join(peers, 'gen-corpus.mjs');
  if (!existsSync(generator)) {
    console.log(`peers: skipped, no corpus generator at ${generator} (set PLANVERK_BENCH_PEERS).`);
    return;
  }
  const { default: config } = await import('../planverk.config.ts');
  const dir = path.join(root, 'bench', 'corpus', `peer-${options.docs}`);
  const ours = path.join(dir, 'planverk');
  const plain = path.join(dir, 'plain');
  await rm(dir, { recursive: true, force: true });
  const node = process.execPath;
  for (const [out, extra] of [
    [ours, []],
    [plain, ['--plain']],
  ] as const) {
    await timed(node, [generator, '--n', String(options.docs), '--out', out, ...extra], root, {});
  }
  await mapFolder(
    ours,
    config.kommuner.map((k) => k.name),
  );
  const docsDir = path.join(starlight, 'src', 'content', 'docs');
  await rm(docsDir, { recursive: true, force: true });
  await cp(plain, docsDir, { recursive: true });
  // Starlight wants an index page; the corpus has none.
  await writeFile(path.join(docsDir, 'index.md'), '---\ntitle: Bench\n---\n\nBench.\n');
  const starlightEnv = {
    PATH: `${path.join(starlight, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
  };

  const weasy = (await hasWeasyPrint()) ? path.join(peers, 'weasy-reuse.py') : undefined;
  if (!weasy)
    console.log('peers: WeasyPrint not installed (apt-get install weasyprint); not timed.');
  const rows: {
    planverk: Run;
    site: number;
    siteRssKb?: number;
    starlight: Run;
    weasy?: WeasyFigures;
    phases: Record<string, number>;
  }[] = [];
  const incremental: { same: number; edit: number; editPhases: Record<string, number> }[] = [];
  const buildArgs = ['scripts/build.ts', '--content', ours, '--out', path.join(dir, 'site')];
  for (let run = 1; run <= options.runs; run += 1) {
    const cache = path.join(dir, `cache-${run}`);
    const env = { PLANVERK_CACHE_DIR: cache, CI: 'true' };
    const planverk = await timed(node, buildArgs, root, env);
    // The rebuilds a clerk waits for, with the cache the cold build filled:
    // nothing changed (the build says «up to date»), then one document edited.
    const same = await timed(node, buildArgs, root, env);
    const edited = await editOneDocument(ours);
    const edit = await timed(node, buildArgs, root, env);
    await writeFile(edited.file, edited.text);
    incremental.push({ same: same.ms, edit: edit.ms, editPhases: phases(edit.stdout) });
    console.log(
      `peers run ${run}/${options.runs}: no-change rebuild ${same.ms} ms, one document edited ` +
        `(${path.relative(ours, edited.file)}) ${edit.ms} ms; phases ${JSON.stringify(phases(edit.stdout))}`,
    );
    await rm(cache, { recursive: true, force: true });
    // The site without PDFs, cold, in a run of its own: the other steps run
    // while Chromium prints, so the full build's time less the PDF step's
    // would leave them out.
    const siteRun = await timed(node, buildArgs, root, {
      ...env,
      PLANVERK_BENCH_NO_PDF: '1',
    });
    await rm(cache, { recursive: true, force: true });
    for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      await rm(path.join(starlight, d), { recursive: true, force: true });
    const peer = await timed('astro', ['build'], starlight, starlightEnv);
    let printed: WeasyFigures | undefined;
    if (weasy) {
      const wdir = path.join(dir, `weasy-${run}`);
      await rm(wdir, { recursive: true, force: true });
      const list = await weasyInputs(path.join(starlight, 'dist'), path.join(wdir, 'html'), peers);
      const csv = path.join(wdir, 'times.csv');
      await timed(
        '/usr/bin/python3',
        [weasy, list, path.join(wdir, 'pdf'), csv, 'pdf/ua-1'],
        dir,
        {},
      );
      printed = weasyEstimate(await readFile(csv, 'utf8'), options.docs);
      await rm(wdir, { recursive: true, force: true });
    }
    const p = phases(planverk.stdout);
    // The whole run (start-up included, as for Starlight) but the PDF step;
    // the pages still render the print layout the PDFs are printed from.
    const site = siteRun.ms;
    rows.push({
      planverk,
      site,
      ...(siteRun.rssKb !== undefined ? { siteRssKb: siteRun.rssKb } : {}),
      starlight: peer,
      ...(printed ? { weasy: printed } : {}),
      phases: p,
    });
    const weasyNote = printed
      ? `, weasyprint ${printed.perDocMs} ms a document (${printed.totalMs} ms for ${options.docs})`
      : '';
    console.log(
      `peers run ${run}/${options.runs}: planverk ${planverk.ms} ms (without PDFs ${site} ms), ` +
        `starlight ${peer.ms} ms${weasyNote}; phases ${JSON.stringify(p)}; ` +
        `without PDFs ${JSON.stringify(phases(siteRun.stdout))}`,
    );
  }
  const s = median(rows.map((r) => r.starlight.ms));
  const line = (label: string, value: number, peer = s): string =>
    `| ${label} | ${value} | ${peer} | ${peer ? (value / peer).toFixed(2) : '–'} |`;
  console.log(
    `\n| cold build, ${options.docs} docs, median of ${options.runs} interleaved | planverk | starlight | ratio |\n|---|---:|---:|---:|`,
  );
  console.log(line('full build ms (PDFs included)', median(rows.map((r) => r.planverk.ms))));
  const printedRows = rows.filter((r) => r.weasy);
  if (printedRows.length > 0) {
    const withPrint = median(printedRows.map((r) => r.starlight.ms + (r.weasy?.totalMs ?? 0)));
    console.log(
      line(
        `full build ms vs Starlight + WeasyPrint PDF/UA (est. from ${printedRows[0]?.weasy?.sample ?? 0} documents, ` +
          `${median(printedRows.map((r) => r.weasy?.perDocMs ?? 0))} ms each)`,
        median(printedRows.map((r) => r.planverk.ms)),
        withPrint,
      ),
    );
  }
  console.log(line('site without PDFs ms', median(rows.map((r) => r.site))));
  const siteRss = rows.map((r) => r.siteRssKb).filter((v): v is number => v !== undefined);
  const rss = rows.map((r) => r.planverk.rssKb).filter((v): v is number => v !== undefined);
  const peerRss = rows.map((r) => r.starlight.rssKb).filter((v): v is number => v !== undefined);
  if (rss.length > 0 && peerRss.length > 0)
    console.log(
      line('peak RSS MB', Math.round(median(rss) / 1024), Math.round(median(peerRss) / 1024)),
    );
  if (siteRss.length > 0 && peerRss.length > 0)
    console.log(
      line(
        'peak RSS MB, site without PDFs',
        Math.round(median(siteRss) / 1024),
        Math.round(median(peerRss) / 1024),
      ),
    );
  const cold = median(rows.map((r) => r.planverk.ms));
  const rel = (v: number): string => (cold ? (v / cold).toFixed(3) : '–');
  const same = median(incremental.map((r) => r.same));
  const edit = median(incremental.map((r) => r.edit));
  console.log(
    `\n| rebuild, ${options.docs} docs (median ms) | planverk | × its cold build |\n|---|---:|---:|`,
  );
  console.log(`| no change | ${same} | ${rel(same)} |`);
  console.log(`| one document edited | ${edit} | ${rel(edit)} |`);
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.phases)))];
  console.log(`\n| planverk phase (median ms) | ${names.join(' | ')} |`);
  console.log(`|---|${names.map(() => '---:').join('|')}|`);
  console.log(
    `| ${options.docs} docs | ${names.map((n) => median(rows.map((r) => r.phases[n] ?? 0))).join(' | ')} |`,
  );
  console.log(
    `| ${options.docs} docs, one edited | ${names.map((n) => median(incremental.map((r) => r.editPhases[n] ?? 0))).join(' | ')} |`,
  );
  await mkdir(dir, { recursive: true });
}
