import type { z } from 'zod';
import type { MessageArgs, RuleId, Spelled } from '../i18n/problems.ts';
import type { Finding } from './finding.ts';
import { spellName } from './lookup.ts';
import { pathKey, type FieldIndex, type IndexEntry } from './translate.ts';
import type { Malform } from './types.ts';

type Issue = z.core.$ZodIssue;

/** Example values offered when a required field is missing, by internal name. */
const EXAMPLES: Record<string, Spelled> = {
  title: 'Digital strategi 2024–2027',
  type: 'strategi',
  status: 'utkast',
  date: '26.03.2024',
  consultationDeadline: '30.04.2024',
  strategy: { nb: 'strategier/digital-strategi', nn: 'strategiar/digital-strategi' },
  id: 'digital-kompetanse',
  action: 'Kurs i digitale verktøy',
  body: 'Formannskapet',
  organ: 'Kommunestyret',
  points: '[Første punkt, Andre punkt]',
  file: 'vedlegg/budsjett.pdf',
  from: '2020',
  to: '2025',
};

/** Root-level type names a failing schema expected, looking through unions. */
function rootExpected(issues: readonly Issue[]): string[] | undefined {
  const out: string[] = [];
  for (const issue of issues) {
    if (issue.path.length > 0) return undefined;
    if (issue.code === 'invalid_type') out.push(issue.expected);
    else if (issue.code === 'invalid_union') {
      for (const branch of issue.errors) {
        const inner = rootExpected(branch);
        if (!inner) return undefined;
        out.push(...inner);
      }
    } else return undefined;
  }
  return out;
}

function describe(expected: readonly string[]): NonNullable<MessageArgs['expected']> {
  const has = (t: string) => expected.includes(t);
  const scalar = has('string') || has('number');
  if (has('array') && scalar) return 'textOrList';
  if (has('object') && scalar) return 'objectOrText';
  if (has('array')) return 'list';
  if (has('object')) return 'object';
  if (has('number') && !has('string')) return 'number';
  return 'text';
}

/**
 * Turns zod issues into findings at the place the clerk wrote the value,
 * with the clerk's own dotted path. A missing key is reported at its parent
 * and spelled in the document's målform.
 */
export function issuesToFindings(
  issues: readonly Issue[],
  data: unknown,
  index: FieldIndex,
  malform: Malform,
  base: PropertyKey[] = [],
): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    // Zod does not report the input by default, so look the value up to tell «missing» from «wrong type».
    const absent = valueAt(data, path) === undefined;
    if ((issue.code === 'invalid_union' || issue.code === 'invalid_type') && absent) {
      findings.push(missingField(index, path, malform, {}));
    } else if (issue.code === 'invalid_union') {
      // Follow the one branch that got past the type check (e.g. the object form of `periode`).
      const deep = issue.errors.filter((branch) => !rootExpected(branch));
      if (deep.length === 1) {
        findings.push(...issuesToFindings(deep[0] ?? [], data, index, malform, path));
        continue;
      }
      // The union's own path is the field's; its branches' paths are relative to it.
      const expected = describe(rootExpected([{ ...issue, path: [] }]) ?? []);
      findings.push(findingAt(index, path, malform, 'verdi-type', { expected }));
    } else if (issue.code === 'invalid_type') {
      findings.push(
        findingAt(index, path, malform, 'verdi-type', { expected: describe([issue.expected]) }),
      );
    } else if (issue.code === 'custom' && issue.params?.['ruleId']) {
      const ruleId = issue.params['ruleId'] as RuleId;
      const args = (issue.params['args'] ?? {}) as MessageArgs;
      if (ruleId === 'obligatorisk-felt') findings.push(missingField(index, path, malform, args));
      else
        findings.push(findingAt(index, path, malform, ruleId, args, fixOf(ruleId, args, malform)));
    } else {
      findings.push(findingAt(index, path, malform, 'verdi-type', { expected: 'text' }));
    }
  }
  return findings;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function fixOf(ruleId: RuleId, args: MessageArgs, malform: Malform): string | undefined {
  if (ruleId === 'dato-ugyldig' || ruleId === 'frist-ugyldig') return undefined;
  const s = args.suggestion;
  return s === undefined ? undefined : typeof s === 'string' ? s : s[malform];
}

/** The entry for a path, or its nearest written ancestor. */
function nearestEntry(
  index: FieldIndex,
  path: readonly PropertyKey[],
): { entry: IndexEntry; depth: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const entry = index.get(pathKey(path.slice(0, depth)));
    if (entry) return { entry, depth };
  }
  return { entry: { clerk: '', pos: { line: 1, column: 1 } }, depth: 0 };
}

/** The clerk's path for an internal path, spelling unwritten keys in the målform. */
function clerkPath(index: FieldIndex, path: readonly PropertyKey[], malform: Malform): string {
  const { entry, depth } = nearestEntry(index, path);
  let clerk = entry.clerk;
  let vocab = entry.vocab;
  for (const segment of path.slice(depth)) {
    if (typeof segment === 'number') clerk += `[${segment}]`;
    else {
      const name = vocab ? spellName(vocab, String(segment), malform) : String(segment);
      clerk = clerk ? `${clerk}.${name}` : name;
      vocab = vocab?.find((t) => t.name === segment)?.nested;
    }
  }
  return clerk;
}

/** A finding at the place an internal path was written, with the clerk's path. */
export function findingAt(
  index: FieldIndex,
  path: readonly PropertyKey[],
  malform: Malform,
  ruleId: RuleId,
  args: MessageArgs,
  fix?: string,
): Finding {
  const field = clerkPath(index, path, malform);
  return {
    ruleId,
    pos: nearestEntry(index, path).entry.pos,
    ...(field ? { field } : {}),
    args,
    ...(fix ? { fix } : {}),
  };
}

/** A finding for a missing (or empty) required key, spelled in the målform. */
export function missingField(
  index: FieldIndex,
  path: readonly PropertyKey[],
  malform: Malform,
  args: MessageArgs,
): Finding {
  const name = String(path[path.length - 1] ?? '');
  const parent = nearestEntry(index, path.slice(0, -1)).entry;
  const key = args.key ?? (parent.vocab ? spellName(parent.vocab, name, malform) : name);
  const example = args.example ?? EXAMPLES[name] ?? '…';
  const empty = index.get(pathKey(path))?.empty ? { value: '' } : {};
  return findingAt(index, path, malform, 'obligatorisk-felt', { ...args, key, example, ...empty });
}
