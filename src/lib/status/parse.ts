/**
 * Reads one status update file (YAML) into unresolved updates, the path
 * documents take: located YAML (model/yaml-tree.ts) → keys translated by the
 * vocabulary (status/vocabulary.ts, model/translate.ts) → the zod schema
 * (model/schemas/status-update.ts). Every problem keeps its `update.*` rule
 * id, its line, its field as the clerk wrote it and a fix.
 */
import type { z } from 'zod';
import { lookup, suggest } from '../model/lookup.ts';
import type { Finding } from '../model/finding.ts';
import type { Problem } from '../model/problems.ts';
import {
  StatusFileSchema,
  StatusUpdateSchema,
  type StatusUpdateFields,
} from '../model/schemas/status-update.ts';
import { pathKey, translate, type FieldIndex } from '../model/translate.ts';
import type { ActionStatus, IsoDate, Malform } from '../model/types.ts';
import { ACTION_STATUSES, MALFORMER, type KeyTerm } from '../model/vocabulary.ts';
import { parseYaml, type Located } from '../model/yaml-tree.ts';
import { t } from '../i18n/index.ts';
import type { StatusRule } from '../i18n/problems.ts';
import { unsafeStatusText } from './text.ts';
import { FILE_KEYS, UPDATE_KEYS } from './vocabulary.ts';

/** An update whose tiltak reference is not yet checked against the documents. */
export interface RawUpdate {
  /** The reference as written: `dokument-id#tiltak-id`, or a tiltak id with a `dokument`. */
  docId?: string;
  actionId: string;
  /** Absent when the date was missing or wrong (already reported); the reference is still checked. */
  date?: IsoDate;
  /** Absent when the status was missing or wrong (already reported). */
  status?: ActionStatus;
  remark?: string;
  line: number;
  /** Field path of the entry, e.g. `oppdateringar[2]`. */
  field: string;
  /** Line of the `tiltak` value, for reference errors. */
  refLine: number;
}

/** The result of reading one file. */
export interface ParsedStatusFile {
  malform: Malform;
  updates: RawUpdate[];
  problems: Problem[];
}

/** Reads a status update file; `defaultMalform` applies when the file sets none. */
export function parseStatusFile(
  text: string,
  file: string,
  defaultMalform: Malform,
): ParsedStatusFile {
  const parsed = readStatusFile(text, file, defaultMalform);
  // Unsafe characters are reported even when the YAML could not be read.
  parsed.problems.push(...unsafeStatusText(text, file, parsed.malform));
  return parsed;
}

type Vars = Record<string, string>;

function readStatusFile(text: string, file: string, defaultMalform: Malform): ParsedStatusFile {
  const problems: Problem[] = [];
  let malform = defaultMalform;
  const report = (
    rule: StatusRule,
    line: number,
    field: string | undefined,
    vars: Vars,
    fix?: string,
  ) => {
    problems.push({
      file,
      line,
      ruleId: rule,
      severity: 'error',
      message: t(malform, `update.${rule}`, vars),
      malform,
      ...(field !== undefined ? { field } : {}),
      ...(fix !== undefined ? { fix } : {}),
    });
  };

  const { tree, errors } = parseYaml(text, 1);
  if (errors.length > 0) {
    malform = declaredMalform(text) ?? malform;
    for (const err of errors)
      report('oppdatering-yaml', err.pos.line, undefined, {
        detail: t(malform, 'yaml.hint', err.code),
      });
    return { malform, updates: [], problems };
  }
  if (tree?.kind !== 'map') {
    report('oppdatering-mangler-felt', 1, undefined, {
      key: 'oppdateringar',
      example: '- tiltak: …',
    });
    return { malform, updates: [], problems };
  }
  // The målform first, so every later message is in the file's own language.
  malform = fileMalform(tree) ?? malform;
  const { data, index, findings } = translate(tree, FILE_KEYS, malform);
  keepEmpty(data, index);
  for (const finding of findings) keyProblem(finding, report, malform);

  const line = (path: PropertyKey[]) => index.get(pathKey(path))?.pos.line ?? 1;
  const clerk = (path: PropertyKey[]) => index.get(pathKey(path))?.clerk;
  const listKey = clerk(['updates']) ?? (malform === 'nn' ? 'oppdateringar' : 'oppdateringer');
  const record = data as Record<string, unknown>;
  const parsed = StatusFileSchema.safeParse(data);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const [first, i] = issue.path;
    const custom =
      issue.code === 'custom' ? (issue.params as { statusRule?: StatusRule; vars?: Vars }) : {};
    if (custom.statusRule) {
      const vars = { ...custom.vars };
      let fix: string | undefined;
      if (custom.statusRule === 'oppdatering-status-ugyldig') {
        fix = suggest(ACTION_STATUSES, vars['value'] ?? '')?.[malform];
        vars['known'] = ACTION_STATUSES.map((s) => s[malform]).join(', ');
        if (fix) vars['fix'] = fix;
      }
      report(custom.statusRule, line(issue.path), clerk(issue.path), vars, fix);
    } else if (first === 'updates' && i === undefined) {
      if (record['updates'] === undefined)
        report('oppdatering-mangler-felt', 1, undefined, { key: listKey, example: '- tiltak: …' });
      else report('oppdatering-ikke-liste', line(['updates']), listKey, { key: listKey });
    } else if (first === 'updates' && typeof i === 'number' && issue.path.length === 2) {
      report('oppdatering-ikke-liste', line(issue.path), `${listKey}[${i}]`, { key: listKey });
    }
  }
  const list = record['updates'];
  if (!Array.isArray(list)) return { malform, updates: [], problems };

  const file_ = partial(StatusFileSchema.shape, record);
  const updates: RawUpdate[] = [];
  list.forEach((item: unknown, n) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const at = ['updates', n];
    const field = `${listKey}[${n}]`;
    const u = partial(
      StatusUpdateSchema.shape,
      item as Record<string, unknown>,
    ) as StatusUpdateFields;
    const raw = item as Record<string, unknown>;
    const missing = (name: string, example: string) =>
      report('oppdatering-mangler-felt', line(at), `${field}.${name}`, { key: name, example });
    if (raw['action'] === undefined) missing('tiltak', 'handlingsplan-id#tiltak-id');
    // A wrong file date does not stand in for a missing one (as before: both are reported).
    if (raw['date'] === undefined && file_['date'] === undefined) missing('dato', '2021-10-15');
    if (raw['status'] === undefined) missing('status', 'pågår');
    if (u.action === undefined) return;
    const refText = u.action.trim();
    const hash = refText.lastIndexOf('#');
    const docText = u.document ?? (file_['document'] as string | undefined);
    const docId = hash >= 0 ? refText.slice(0, hash) : docText?.trim();
    const update: RawUpdate = {
      actionId: hash >= 0 ? refText.slice(hash + 1) : refText,
      line: line(at),
      field,
      refLine: line([...at, 'action']),
    };
    if (docId) update.docId = docId.replace(/\.md$/, '');
    const date = u.date ?? (file_['date'] as IsoDate | undefined);
    if (date) update.date = date;
    if (u.status) update.status = u.status;
    if (u.remark !== undefined) update.remark = u.remark.trim();
    updates.push(update);
  });
  return { malform, updates, problems };
}

/** The fields of `record` that parse on their own (one wrong field keeps the others). */
function partial(
  shape: Record<string, z.ZodType>,
  record: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (key === 'updates') continue;
    const result = schema.safeParse(record[key]);
    if (result.success && result.data !== undefined) out[key] = result.data;
  }
  return out;
}

/**
 * translate() leaves empty values out so a document schema sees them as
 * missing; a status file has always reported `status:` with no value as a
 * wrong value («»), so put them back as empty text.
 */
function keepEmpty(data: unknown, index: FieldIndex): void {
  for (const [key, entry] of index) {
    if (!entry.empty) continue;
    const path = key.split('.');
    let node = data as Record<string, unknown> | undefined;
    for (const segment of path.slice(0, -1))
      node = node?.[segment] as Record<string, unknown> | undefined;
    const last = path.at(-1);
    if (node && typeof node === 'object' && last !== undefined) node[last] = '';
  }
}

/** The målform a file sets on its first `målform` key, if it names a known one. */
function fileMalform(tree: Extract<Located, { kind: 'map' }>): Malform | undefined {
  const entry = tree.entries.find((e) => lookup(FILE_KEYS, e.key)?.name === 'malform');
  return entry?.value.kind === 'scalar' ? lookup(MALFORMER, entry.value.value)?.name : undefined;
}

/** An unknown or doubled key found by the vocabulary layer, as the status file's rule. */
function keyProblem(
  finding: Finding,
  report: (
    rule: StatusRule,
    line: number,
    field: string | undefined,
    vars: Vars,
    fix?: string,
  ) => void,
  malform: Malform,
): void {
  const field = finding.field ?? '';
  const written = field.slice(field.lastIndexOf('.') + 1);
  if (finding.ruleId === 'felt-dobbelt') {
    const line = String(finding.args?.line ?? 1);
    report('oppdatering-dobbel-nokkel', finding.pos.line, field, { key: written, line });
    return;
  }
  // Keys inside an update are listed from its vocabulary, the file's own otherwise.
  const terms: readonly KeyTerm[] = field.includes('[') ? UPDATE_KEYS : FILE_KEYS;
  const fix = suggest(terms, written)?.[malform];
  const known = terms.map((term) => term[malform]).join(', ');
  report(
    'oppdatering-ukjent-nokkel',
    finding.pos.line,
    field,
    { key: written, known, ...(fix ? { fix } : {}) },
    fix,
  );
}

/** The målform a file declares on a `målform:` line, read without YAML (for files YAML cannot read). */
function declaredMalform(text: string): Malform | undefined {
  const line = /^(?:målform|malform|maalform|språk|sprak)\s*:\s*(\S+)/im.exec(text);
  return line ? lookup(MALFORMER, line[1] ?? '')?.name : undefined;
}
