import { readFile, writeFile } from 'node:fs/promises';
import { siteFiles } from '../files/site-files.ts';
import path from 'node:path';
import type { BuildStep } from '../output/step.ts';
import type { SiteConfig } from '../config/schema.ts';
import { availableParallelism } from 'node:os';
import { checkPool, checkThreads } from '../site/csp-check-pool.ts';
import { SANDBOX_POLICY, SECURITY_HEADERS, sitePolicy } from '../site/csp.ts';
import { codeFingerprint } from '../files/code-fingerprint.ts';
import { hashParts, KeyedTable } from '../files/keyed-cache.ts';

/** Bump when what a cached page check holds changes shape. */
const CHECK_FORMAT = 'csp-1';

/** The file Netlify and Cloudflare Pages read their response headers from. */
export const HEADERS_FILE = '_headers';

/**
 * True for a published file an author supplied that a browser could open as
 * a document (everything under /dokument/ but pages and PDFs, and any SVG):
 * it gets the sandbox policy on top of the site's.
 */
export function needsSandbox(file: string): boolean {
  if (/\.svgz?$/i.test(file)) return true;
  return file.startsWith('dokument/') && !/\.(html|pdf)$/i.test(file);
}

/**
 * The `_headers` file for a built site (`files`: every file, relative, POSIX):
 * the security headers and the site policy, with `frame-ancestors`, for
 * every path, and the sandbox policy for each author file by its exact
 * path (a second policy: browsers enforce both).
 */
export function headersFile(
  config: Pick<SiteConfig, 'accentColor'>,
  files: readonly string[],
): string {
  const all = [
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    `  Content-Security-Policy: ${sitePolicy(config, { header: true })}`,
  ];
  const sandboxed = files
    .filter(needsSandbox)
    .map((f) => `/${f}\n  Content-Security-Policy: ${SANDBOX_POLICY}`);
  return [`/*\n${all.join('\n')}`, ...sandboxed].join('\n\n') + '\n';
}

/**
 * Checks every staged page against the site policy (src/lib/site/csp-guard.ts)
 * and writes `_headers` from the same policy. A page that breaks the policy
 * stops the build: it would be broken, or run something it should not.
 *
 * The check of a page is a function of its bytes, the policy and the code
 * (the code fingerprint covers csp-guard.ts), so its outcome is kept by a
 * key of the three (`<cacheDir>/security/pages.json`): a rebuild reads and
 * hashes every page but parses only the pages whose bytes changed.
 */
export const securityHeadersStep: BuildStep = {
  name: 'security-headers',
  async run(context) {
    const expected = sitePolicy(context.config);
    const files = await siteFiles(context.outDir);
    const problems: string[] = [];
    const shared = hashParts([CHECK_FORMAT, await codeFingerprint(context.root), expected]);
    const checked = await new KeyedTable<string[]>(
      path.join(context.cacheDir, 'security', 'pages.json'),
    ).load();
    // First the key of every page (read and hashed, not kept), then the
    // pages no earlier build checked, on as many threads as they are worth.
    const pages = files.filter((f) => f.endsWith('.html'));
    const found: (string[] | undefined)[] = [];
    const keys: string[] = [];
    for (const file of pages) {
      const key = hashParts([shared, await readFile(path.join(context.outDir, file))]);
      keys.push(key);
      found.push(checked.get(key));
    }
    const missing = pages.flatMap((_, i) => (found[i] === undefined ? [i] : []));
    if (missing.length > 0) {
      const pool = await checkPool(
        checkThreads(missing.length, context.parallel ?? availableParallelism()),
      );
      // Pages in flight: enough to keep every worker busy, few enough that
      // read pages do not pile up in memory.
      const ahead = Math.max(1, pool.workers) * 4;
      const jobs: Promise<string[]>[] = [];
      const start = (n: number): void => {
        const i = missing[n];
        if (i === undefined || jobs[n] !== undefined) return;
        const job = readFile(path.join(context.outDir, pages[i] as string), 'utf8').then((html) =>
          pool.check(html, expected),
        );
        // Awaited below in order; a failure before then must not be unhandled.
        job.catch(() => undefined);
        jobs[n] = job;
      };
      try {
        for (let n = 0; n < missing.length; n++) {
          for (let j = n; j < n + ahead; j++) start(j);
          const i = missing[n] as number;
          found[i] = await (jobs[n] as Promise<string[]>);
          checked.set(keys[i] as string, found[i]);
          delete jobs[n];
        }
      } finally {
        await pool.close();
      }
    }
    pages.forEach((file, i) => {
      for (const problem of found[i] ?? []) problems.push(`${file}: ${problem}`);
    });
    await checked.save();
    if (problems.length > 0)
      throw new Error(`Pages break the Content-Security-Policy:\n  ${problems.join('\n  ')}`);
    await writeFile(path.join(context.outDir, HEADERS_FILE), headersFile(context.config, files));
    const sandboxed = files.filter(needsSandbox).length;
    context.logger.info(
      `security headers: ${files.filter((f) => f.endsWith('.html')).length} pages carry the policy ` +
        `(${checked.misses} checked, ${checked.hits} unchanged since a build); ${HEADERS_FILE} written (${sandboxed} sandboxed files)`,
    );
  },
};
