import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { parseDate } from '../model/dates.ts';
import { fold } from '../model/fold.ts';
import { splitFrontmatter } from '../model/frontmatter.ts';

/** A strategy document as far as `npm run new` needs to know it. */
export interface StrategyRef {
  /** Document id: path under `content/` without `.md`. */
  id: string;
  kommune: string[];
  /** ISO date, or '' when the date is missing or invalid. */
  date: string;
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name));
}

// Keys are compared folded, like the loader does, so `Type`/`kommunar` count.
function field(data: Record<string, unknown>, ...names: string[]): unknown {
  const wanted = new Set(names.map(fold));
  const key = Object.keys(data).find((k) => wanted.has(fold(k)));
  return key === undefined ? undefined : data[key];
}

/**
 * Lists the strategy documents under `contentDir` by reading only their
 * frontmatter. Files that do not parse are skipped: reporting them is the
 * checker's job, not this helper's.
 */
export async function listStrategies(contentDir: string): Promise<StrategyRef[]> {
  const found: StrategyRef[] = [];
  for (const file of await markdownFiles(contentDir)) {
    const split = splitFrontmatter(await readFile(file, 'utf8'));
    if (split.kind !== 'ok') continue;
    let data: unknown;
    try {
      data = parse(split.yaml);
    } catch {
      continue;
    }
    if (typeof data !== 'object' || data === null) continue;
    const record = data as Record<string, unknown>;
    if (fold(String(field(record, 'type') ?? '')) !== 'strategi') continue;
    const kommune = field(record, 'kommune', 'kommuner', 'kommunar');
    const date = parseDate(String(field(record, 'dato') ?? ''));
    found.push({
      id: relative(contentDir, file).split(sep).join('/').replace(/\.md$/, ''),
      kommune: (Array.isArray(kommune) ? kommune : kommune === undefined ? [] : [kommune]).map(
        String,
      ),
      date: date.ok ? date.iso : '',
    });
  }
  return found;
}

/**
 * The strategy a new handlingsplan most likely follows up: the newest one
 * sharing a kommune with it, else the newest of all; undefined when none.
 */
export function pickStrategy(
  strategies: readonly StrategyRef[],
  kommune: readonly string[],
): StrategyRef | undefined {
  const wanted = new Set(kommune.map(fold));
  const newestFirst = [...strategies].sort(
    (a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id),
  );
  return newestFirst.find((s) => s.kommune.some((k) => wanted.has(fold(k)))) ?? newestFirst[0];
}
