/**
 * A scratch copy of the project with a fixture's site configuration, so that
 * engine tests build and check with kommuner of their own and never with the
 * example site's planverk.config.ts (which a municipality replaces). The
 * build imports `planverk.config.ts` from the project root, so each scratch
 * project gets a root config that re-exports the fixture's.
 */
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The fixture config the existing fixtures are written for (Årdal, Lærdal, Tysnes, Levanger). */
export const FIXTURE_CONFIG = path.join(ROOT, 'tests/fixtures/config');
/** Another municipality's config and content (Røros, Voss). */
export const OTHER_MUNICIPALITY = path.join(ROOT, 'tests/fixtures/other-municipality');

/** What the build needs from the project; content/ and the root config are left out. */
const PROJECT_FILES = [
  'src',
  'scripts',
  'public',
  'templates',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/**
 * Makes `.planverk/projects/<name>/` afresh: the engine's files copied (so a
 * test always runs the code of this checkout), node_modules and tests/
 * linked, the fixture's `public/` laid over the project's, and a
 * `planverk.config.ts` that re-exports `<fixture>/planverk.config.ts`.
 * Returns its root.
 */
export function fixtureProject(name: string, fixture = FIXTURE_CONFIG): Promise<string> {
  // Once per test file (module state is per file): a second build in the same
  // project keeps its PDF cache.
  let made = projects.get(name);
  if (!made) {
    made = makeProject(path.join(ROOT, '.planverk', 'projects', name), fixture);
    projects.set(name, made);
  }
  return made;
}

const projects = new Map<string, Promise<string>>();

async function makeProject(root: string, fixture: string): Promise<string> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  for (const entry of PROJECT_FILES) {
    await cp(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  }
  // Linked, not copied: node_modules; and tests/, so that fixture paths relative
  // to the project (and the snapshots that print them) are the same as from the
  // repository root. The copied src/ must stay real files: it imports
  // ../../../planverk.config.ts relative to where it really is.
  for (const linked of ['node_modules', 'tests']) {
    await symlink(path.join(ROOT, linked), path.join(root, linked), 'dir');
  }
  const relative = path.relative(ROOT, fixture);
  await cp(path.join(fixture, 'public'), path.join(root, 'public'), { recursive: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    },
  );
  await writeFile(
    path.join(root, 'planverk.config.ts'),
    `export { default } from './${relative.split(path.sep).join('/')}/planverk.config.ts';\n`,
  );
  return root;
}
