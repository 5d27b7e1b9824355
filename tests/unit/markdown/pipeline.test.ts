import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import { readFixtures } from './fixtures.ts';

// One looping test over tests/fixtures/markdown/<case>/: input.md (+ options.json)
// must render to expected.html. `UPDATE_FIXTURES=1 npx vitest run --project unit
// tests/unit/markdown` rewrites the expected files; review the diff before committing.
const update = process.env['UPDATE_FIXTURES'] === '1';

describe('renderMarkdown fixtures', () => {
  it.each(readFixtures().map((c) => [c.name, c] as const))('%s', async (_name, fixture) => {
    const { html } = await renderMarkdown(fixture.input, fixture.options);
    const expectedFile = path.join(fixture.dir, 'expected.html');
    if (update) writeFileSync(expectedFile, `${html}\n`);
    if (!existsSync(expectedFile)) {
      throw new Error(`${expectedFile} is missing: run with UPDATE_FIXTURES=1 and review it`);
    }
    expect(`${html}\n`).toBe(readFileSync(expectedFile, 'utf8'));
  });
});
