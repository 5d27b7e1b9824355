/**
 * Regression: a body link to a draft's page URL (not its `.md`) passed
 * `npm run check`, and the build then refused it at its last step. The
 * checker now reports every form the build's draft gate refuses, with file,
 * line and the document's målform; quoting a draft's title is no link.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { validateContent } from '../../../src/lib/check/validate-content.ts';
import { formatProblems } from '../../../src/lib/model/problems.ts';

const ROOT = join(import.meta.dirname, '../../..');

const check = (contentDir: string) =>
  validateContent({ root: ROOT, contentDir, includeDrafts: false, config });

describe('npm run check on links to a draft', () => {
  it('reports each link to the draft’s page, PDF, vedlegg or card, in any form', async () => {
    const { problems } = await check('tests/fixtures/check/lenke-til-utkast/content');
    const lines = (file: string) =>
      problems.filter((p) => p.file.endsWith(file) && p.ruleId === 'link-draft').map((p) => p.line);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
    // The address in a code span: no link, but the build's gate would find it in the page.
    expect(problems.filter((p) => p.ruleId === 'utkast-nemnt').map((p) => p.line)).toEqual([38]);
    // Every link line of the nynorsk document but the last (allowed) one.
    expect(lines('Oppvekstmelding 2025.md')).toEqual([14, 16, 18, 20, 22, 24, 26, 28, 30, 32]);
    expect(lines('Kunngjering skule.md')).toEqual([13]);
    const nn = problems.find((p) => p.file.endsWith('Oppvekstmelding 2025.md'));
    const nb = problems.find((p) => p.file.endsWith('Kunngjering skule.md'));
    expect(nn?.message).toMatch(/^Lenkja .* eit utkast og ikkje blir publisert/);
    expect(nb?.message).toMatch(/^Lenken .* et utkast og ikke blir publisert/);
    expect(formatProblems(problems)).toMatchSnapshot();
  });

  it('accepts a published document that only quotes the draft’s title', async () => {
    const { problems } = await check('tests/fixtures/site/sitat-av-utkast/content');
    expect(problems).toEqual([]);
  });
});
