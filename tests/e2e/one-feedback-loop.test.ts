/**
 * Issue 15, «one feedback loop»: a draft with a broken link to another
 * document. `npm run check` used to say «ingen feil» while `npm run dev`
 * answered every page, the front page included, with «Innhaldet har feil».
 * Now the check fails on it, and the dev server shows the problem on the
 * draft's own page while the rest of the site renders. The dev page of a
 * document links to a PDF preview printed on demand, and a quote in the
 * other målform carries `lang` on the page and in the PDF's structure tags.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runScript } from './helpers/build.ts';
import { fixtureProject } from '../helpers/project.ts';
import { pdfText, structLanguages } from '../helpers/pdf-read.ts';
import { devEnv, freePort, poll, stop } from './helpers/dev-server.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/site/utkast-med-brote-lenke/content');
const DRAFT = 'tysnes/Utkast til leseplan.md';

describe('a draft with a broken link (issue 15)', () => {
  it('fails npm run check at the link', async () => {
    const run = await runScript(['scripts/check.ts', '--dir', FIXTURE, '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as {
      errors: number;
      problems: { file: string; line: number; ruleId: string; severity: string }[];
    };
    expect(result.errors).toBe(1);
    const error = result.problems.find((p) => p.severity === 'error');
    expect(error?.file.endsWith(DRAFT)).toBe(true);
    expect([error?.line, error?.ruleId]).toEqual([12, 'link-missing']);
  });

  it('shows its problem on its own dev page; the front page, the other page and a PDF preview work', async () => {
    const content = await mkdtemp(path.join(os.tmpdir(), 'planverk-loop-'));
    await cp(FIXTURE, content, { recursive: true });
    const port = await freePort();
    let log = '';
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
      {
        cwd: await fixtureProject('one-feedback-loop'),
        detached: true,
        env: devEnv({ PLANVERK_CONTENT_DIR: content, PLANVERK_TODAY: '2025-10-01' }),
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      const front = await poll(`${base}/`, (s) => s !== 404, 90_000);
      expect(front.status).toBe(200);
      expect(front.body.toString()).toContain('Bibliotekmelding 2025');

      const draft = await poll(`${base}/dokument/tysnes/utkast-til-leseplan/`, () => true, 20_000);
      expect(draft.status).toBe(500);
      const html = draft.body.toString();
      expect(html).toContain('<html lang="nn">');
      expect(html).toContain(`${DRAFT}:12:8`);
      expect(html).toContain('peikar på dokumentet «tysnes/Leseplan 2019», som ikkje finst');

      const page = await poll(`${base}/dokument/tysnes/bibliotekmelding-2025/`, () => true, 20_000);
      expect(page.status).toBe(200);
      const pageHtml = page.body.toString();
      // The bokmål letter quoted in a nynorsk document (WCAG 3.1.2).
      expect(pageHtml).toMatch(/<blockquote lang="nb">\s*<p>Vi ønsker at flere bibliotek/);
      const preview =
        /href="(\/utskrift\/tysnes\/bibliotekmelding-2025\/forhandsvising\.pdf)"/.exec(pageHtml);
      expect(preview?.[1]).toBeDefined();

      const pdf = await poll(`${base}${preview?.[1] ?? ''}`, (s) => s === 200, 120_000);
      expect(pdf.type).toBe('application/pdf');
      const dir = await mkdtemp(path.join(os.tmpdir(), 'planverk-preview-'));
      try {
        const file = path.join(dir, 'preview.pdf');
        await writeFile(file, pdf.body);
        expect(await pdfText(file)).toContain('Bibliotekmelding 2025');
        // Chromium tags the quote's paragraph with the DOM's lang: /Lang (nb) in the structure tree.
        expect(await structLanguages(file)).toContain('nb');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } catch (error) {
      throw new Error(`dev server log:\n${log}`, { cause: error });
    } finally {
      stop(child);
      await rm(content, { recursive: true, force: true });
    }
  });
});
