import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { RenderOptions } from '../../../src/lib/markdown/pipeline.ts';

/** Folder of the Markdown fixtures: one sub-folder per case, `input.md` + `expected.html`. */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url));

/** One fixture case: its name, folder, Markdown input and render options. */
export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  options: RenderOptions;
}

/** Reads every fixture case; `options.json` (optional) overrides `{ malform: 'nb' }`. */
export function readFixtures(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = path.join(FIXTURES, name);
      const optionsFile = path.join(dir, 'options.json');
      const options: RenderOptions = {
        malform: 'nb',
        ...(existsSync(optionsFile)
          ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as object)
          : {}),
      };
      return { name, dir, input: readFileSync(path.join(dir, 'input.md'), 'utf8'), options };
    });
}
