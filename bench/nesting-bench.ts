/**
 * Check time on pathological bodies for `npm run bench` (`--only nesting`):
 * lists, quotes and emphasis nested 100, 500 and 1,000 levels deep, each in
 * its own generated content folder, through the one validation `npm run
 * check` and the build share. Before the pre-scan, a 500-level list took
 * ~16 s to check and 1,000 levels crashed after ~2 minutes; beyond 100
 * levels the body is now refused before it is parsed. Figures only.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SiteConfig } from '../src/lib/config/schema.ts';
import { validateContent } from '../src/lib/check/validate-content.ts';

const FORMS: Record<string, (levels: number) => string> = {
  'indented list': (k) =>
    Array.from({ length: k }, (_, i) => `${' '.repeat(2 * i)}- punkt`).join('\n'),
  'list on one line': (k) => `${'- '.repeat(k)}punkt`,
  'block quote': (k) => `${'> '.repeat(k)}sitat`,
  emphasis: (k) => `${'*'.repeat(k)}tekst${'*'.repeat(k)}`,
};

const FRONTMATTER =
  '---\ntittel: Djup tekst\ntype: notat\nmålform: nn\nstatus: vedteken\ndato: 2024-01-01\n---\n\nInnleiing.\n\n';

/** Times the validation of one document per form and depth; prints a Markdown table. */
export async function benchNesting(config: SiteConfig): Promise<void> {
  const temp = await mkdtemp(path.join(tmpdir(), 'planverk-nesting-'));
  const rows: string[] = [];
  try {
    for (const [form, make] of Object.entries(FORMS)) {
      for (const levels of [100, 500, 1000]) {
        const root = path.join(temp, `${form.replace(/\W+/g, '-')}-${levels}`);
        await mkdir(path.join(root, 'content'), { recursive: true });
        await writeFile(path.join(root, 'content', 'djup.md'), `${FRONTMATTER}${make(levels)}\n`);
        const started = performance.now();
        const { problems } = await validateContent({ root, includeDrafts: false, config });
        const ms = Math.round(performance.now() - started);
        const verdict = problems.some((p) => p.ruleId === 'brodtekst-for-djup') ? 'refused' : 'ok';
        rows.push(`| ${form} | ${levels} | ${ms} | ${verdict} |`);
      }
    }
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  console.log(`\n| body | levels | check ms | result |\n|---|---:|---:|---|\n${rows.join('\n')}`);
}
