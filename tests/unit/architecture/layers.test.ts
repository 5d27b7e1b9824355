import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rule of eslint.config.mjs, run on code that is not on disk: a
// back edge (core importing the model) must fail the lint, the same import
// the other way round must pass, and only src/lib/build may import astro.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the import rule between src/lib folders', () => {
  // Loading eslint.config.mjs and its plugins is setup, not the rule: done
  // once here with room for a busy machine, so each case stays within 5 s.
  beforeAll(() => ruleIds('src/lib/core/warm-up.ts', 'export {};\n'), 60_000);

  it('fails on a back edge: core may not import the model', async () => {
    const ids = await ruleIds(
      'src/lib/core/back-edge.ts',
      "import type { PlanDocument } from '../model/types.ts';\nexport type X = PlanDocument;\n",
    );
    expect(ids).toContain('boundaries/dependencies');
  });

  it('fails when an output step imports the build', async () => {
    const ids = await ruleIds(
      'src/lib/pdf/back-edge.ts',
      "export { buildSite } from '../build/build-site.ts';\n",
    );
    expect(ids).toContain('boundaries/dependencies');
  });

  it('lets a layer import a lower one', async () => {
    const ids = await ruleIds(
      'src/lib/model/forward-edge.ts',
      "import { slugify } from '../core/slug.ts';\nexport const s = slugify('Å');\n",
    );
    expect(ids).toEqual([]);
  });

  it('keeps astro out of every folder but build', async () => {
    const code = "import { build } from 'astro';\nexport const b = build;\n";
    expect(await ruleIds('src/lib/site/astro.ts', code)).toContain('no-restricted-imports');
    expect(await ruleIds('src/lib/build/astro.ts', code)).toEqual([]);
  });
});
