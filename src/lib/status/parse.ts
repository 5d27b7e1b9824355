/**
 * Reads one status update file (YAML) into unresolved updates, reporting
 * every problem with its line, its field as the clerk wrote it and a fix.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { parseDate } from '../model/dates.ts';
import { lookup, suggest } from '../model/lookup.ts';
import type { Problem } from '../model/problems.ts';
import type { ActionStatus, IsoDate, Malform } from '../model/types.ts';
import { ACTION_STATUSES, MALFORMER, type KeyTerm } from '../model/vocabulary.ts';
import { t } from '../i18n/index.ts';
import type { StatusRule } from '../i18n/problems.ts';
import { unsafeStatusText } from './text.ts';
import { FILE_KEYS, UPDATE_KEYS } from './vocabulary.ts';

/** Records one problem of a status file, in the file's målform. */
type Report = (
  rule: StatusRule,
  line: number,
  field: string | undefined,
  vars: Record<string, string>,
  fix?: string,
) => void;
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

function readStatusFile(text: string, file: string, defaultMalform: Malform): ParsedStatusFile {
  const counter = new LineCounter();
  // uniqueKeys off: a doubled key is reported below in the file's målform, with both lines.
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? counter.linePos(node.range[0]).line : 1;
  const problems: Problem[] = [];
  let malform = defaultMalform;
  const report: Report = (rule, line, field, vars, fix) => {
    const p: Problem = {
      file,
      line,
      ruleId: rule,
      severity: 'error',
      message: t(malform, `update.${rule}`, vars),
      malform,
    };
    if (field !== undefined) p.field = field;
    if (fix !== undefined) p.fix = fix;
    problems.push(p);
  };

  if (doc.errors.length > 0) {
    malform = declaredMalform(text) ?? malform;
    for (const err of doc.errors) {
      const line = counter.linePos(err.pos[0]).line;
      report('oppdatering-yaml', line, undefined, { detail: t(malform, 'yaml.hint', err.code) });
    }
    return { malform, updates: [], problems };
  }
  if (!isMap(doc.contents)) {
    report('oppdatering-mangler-felt', 1, undefined, {
      key: 'oppdateringar',
      example: '- tiltak: …',
    });
    return { malform, updates: [], problems };
  }

  // Read målform first so every later message is in the file's own language.
  const top = readKeys(doc.contents.items, FILE_KEYS);
  const mfNode = top.known.get('malform');
  if (mfNode) {
    const term = lookup(MALFORMER, scalarText(mfNode.value));
    if (term) malform = term.name;
    else
      report('oppdatering-malform-ugyldig', lineOf(mfNode.value as Node), mfNode.key, {
        value: scalarText(mfNode.value),
      });
  }
  for (const d of top.doubled) doubledKey(d, '', report, lineOf);
  for (const u of top.unknown) unknownKey(u, FILE_KEYS, '', report, lineOf, malform);

  const defaultDoc = top.known.get('document');
  const defaultDate = top.known.get('date');
  const fileDate = defaultDate ? readDate(defaultDate, '', report, lineOf) : undefined;
  const listPair = top.known.get('updates');
  const listKey = listPair?.key ?? (malform === 'nn' ? 'oppdateringar' : 'oppdateringer');
  if (!listPair) {
    report('oppdatering-mangler-felt', 1, undefined, { key: listKey, example: '- tiltak: …' });
    return { malform, updates: [], problems };
  }
  if (!isSeq(listPair.value)) {
    report('oppdatering-ikke-liste', lineOf(listPair.value as Node), listKey, { key: listKey });
    return { malform, updates: [], problems };
  }

  const updates: RawUpdate[] = [];
  listPair.value.items.forEach((item, index) => {
    const field = `${listKey}[${index}]`;
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      report('oppdatering-ikke-liste', line, field, { key: listKey });
      return;
    }
    const keys = readKeys(item.items, UPDATE_KEYS);
    for (const u of keys.unknown) unknownKey(u, UPDATE_KEYS, `${field}.`, report, lineOf, malform);
    for (const d of keys.doubled) doubledKey(d, `${field}.`, report, lineOf);
    const ref = keys.known.get('action');
    const docKey = keys.known.get('document') ?? defaultDoc;
    const dateKey = keys.known.get('date');
    const statusKey = keys.known.get('status');
    const missing = (name: string, example: string) =>
      report('oppdatering-mangler-felt', line, `${field}.${name}`, { key: name, example });
    if (!ref) missing('tiltak', 'handlingsplan-id#tiltak-id');
    if (!dateKey && !fileDate) missing('dato', '2021-10-15');
    if (!statusKey) missing('status', malform === 'nn' ? 'pågår' : 'pågår');
    const date = dateKey ? readDate(dateKey, `${field}.`, report, lineOf) : fileDate;
    let status: ActionStatus | undefined;
    if (statusKey) {
      const value = scalarText(statusKey.value);
      const term = lookup(ACTION_STATUSES, value);
      if (term) status = term.name;
      else {
        const fix = suggest(ACTION_STATUSES, value)?.[malform];
        const known = ACTION_STATUSES.map((s) => s[malform]).join(', ');
        report(
          'oppdatering-status-ugyldig',
          lineOf(statusKey.value as Node),
          `${field}.${statusKey.key}`,
          { value, known, ...(fix ? { fix } : {}) },
          fix,
        );
      }
    }
    if (!ref) return;
    const refText = scalarText(ref.value).trim();
    const hash = refText.lastIndexOf('#');
    const docId =
      hash >= 0 ? refText.slice(0, hash) : docKey ? scalarText(docKey.value).trim() : undefined;
    const update: RawUpdate = {
      actionId: hash >= 0 ? refText.slice(hash + 1) : refText,
      line,
      field,
      refLine: lineOf(ref.value as Node),
    };
    if (docId) update.docId = docId.replace(/\.md$/, '');
    if (date) update.date = date;
    if (status) update.status = status;
    const remark = keys.known.get('remark');
    if (remark) update.remark = scalarText(remark.value).trim();
    updates.push(update);
  });
  return { malform, updates, problems };
}

/** A key/value pair found in a map, with the key as written. */
interface Found {
  key: string;
  keyNode: Node;
  value: unknown;
}

function readKeys(
  items: Pair[],
  terms: readonly KeyTerm[],
): { known: Map<string, Found>; unknown: Found[]; doubled: (Found & { first: Found })[] } {
  const known = new Map<string, Found>();
  const unknown: Found[] = [];
  const doubled: (Found & { first: Found })[] = [];
  for (const pair of items) {
    const keyNode = pair.key as Node;
    const key = scalarText(pair.key);
    const found: Found = { key, keyNode, value: pair.value };
    const term = lookup(terms, key);
    const first = term && known.get(term.name);
    if (first) doubled.push({ ...found, first });
    else if (term) known.set(term.name, found);
    else unknown.push(found);
  }
  return { known, unknown, doubled };
}

function doubledKey(
  d: Found & { first: Found },
  prefix: string,
  report: Report,
  lineOf: (node: Node) => number,
): void {
  report('oppdatering-dobbel-nokkel', lineOf(d.keyNode), `${prefix}${d.key}`, {
    key: d.key,
    line: String(lineOf(d.first.keyNode)),
  });
}

/** The målform a file declares on a `målform:` line, read without YAML (for files YAML cannot read). */
function declaredMalform(text: string): Malform | undefined {
  const line = /^(?:målform|malform|maalform|språk|sprak)\s*:\s*(\S+)/im.exec(text);
  return line ? lookup(MALFORMER, line[1] ?? '')?.name : undefined;
}

function unknownKey(
  u: Found,
  terms: readonly KeyTerm[],
  prefix: string,
  report: Report,
  lineOf: (node: Node) => number,
  malform: Malform,
): void {
  const fix = suggest(terms, u.key)?.[malform];
  const known = terms.map((t) => t[malform]).join(', ');
  report(
    'oppdatering-ukjent-nokkel',
    lineOf(u.keyNode),
    `${prefix}${u.key}`,
    { key: u.key, known, ...(fix ? { fix } : {}) },
    fix,
  );
}

function readDate(
  found: Found,
  prefix: string,
  report: Report,
  lineOf: (node: Node) => number,
): IsoDate | undefined {
  const value = scalarText(found.value);
  const result = parseDate(value);
  if (result.ok) return result.iso;
  report('oppdatering-dato-ugyldig', lineOf(found.value as Node), `${prefix}${found.key}`, {
    value,
    reason: result.reason,
  });
  return undefined;
}

/**
 * The text of a scalar node (YAML may read dates and numbers as other
 * types). A list or mapping where text belongs is written back as YAML in
 * one line (`[kurs, anna]`), so the message quotes what the clerk wrote.
 */
function scalarText(node: unknown): string {
  if (isScalar(node)) {
    const v = node.value;
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v ?? '');
  }
  if (isMap(node) || isSeq(node)) return JSON.stringify(node.toJSON()).replace(/"/g, '');
  return node === null || node === undefined ? '' : String(node);
}
