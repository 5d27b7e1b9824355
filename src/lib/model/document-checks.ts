/**
 * The checks of one document that need more than a field's own value: the
 * site's kommuner, the body's headings, unique ids, the file system.
 */
import { posix } from 'node:path';
import { judgeName, verdictMessage } from '../files/file-safety.ts';
import { attachmentFileName, documentPdfUrl } from '../core/urls.ts';
import { extensionOf } from '../core/file-name.ts';
import { attachmentPath } from './attachments.ts';
import { documentId, MARKDOWN } from './document-id.ts';
import type { CheckContext } from './context.ts';
import { nearest } from '../core/distance.ts';
import type { Finding } from './finding.ts';
import { fold } from './fold.ts';
import type { PartialFrontmatter } from './partial.ts';
import { findSection, suggestSection } from './sections.ts';
import { pathKey, type FieldIndex } from './translate.ts';
import type { Attachment, FocusArea, Heading, Malform } from './types.ts';
import { findingAt, missingField } from './zod-problems.ts';

/**
 * Each named kommune must be one of the site's (any case, ASCII fallbacks);
 * returns the site's spelling, or the site's first kommune when none is named.
 */
export function checkKommune(
  names: string[] | undefined,
  isList: boolean,
  ctx: CheckContext,
  index: FieldIndex,
  malform: Malform,
  findings: Finding[],
): string[] {
  const site = ctx.config.kommuner.map((k) => k.name);
  if (!names || names.length === 0) return site.slice(0, 1);
  // Clerks often write `kommune: Årdal, Lærdal` as one string: read it as a list.
  if (!isList && names.length === 1 && names[0]?.includes(',')) {
    names = names[0]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
  }
  const out: string[] = [];
  names.forEach((name, i) => {
    const match = site.find((s) => fold(s) === fold(name));
    if (match) return void out.push(match);
    const near = nearest(
      fold(name),
      site.map((s) => [fold(s), s] as const),
    );
    const args = { value: name, allowed: site, ...(near ? { suggestion: near } : {}) };
    findings.push(
      findingAt(
        index,
        isList ? ['kommune', i] : ['kommune'],
        malform,
        'kommune-ukjent',
        args,
        near,
      ),
    );
  });
  return out;
}

/** Reports an id used twice in one list (`satsingsområde` or `handlingsplan`). */
function checkUnique(
  list: 'focusAreas' | 'actionPlan',
  ids: (string | undefined)[],
  index: FieldIndex,
  malform: Malform,
  findings: Finding[],
): void {
  const first = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) return void first.set(id, i);
    const line = index.get(pathKey([list, earlier, 'id']))?.pos.line ?? 1;
    findings.push(findingAt(index, [list, i, 'id'], malform, 'id-duplikat', { value: id, line }));
  });
}

/**
 * Checks focus areas (unique ids, `seksjon` names a heading) and tiltak
 * (unique ids); returns the resolved focus areas and each tiltak's focus
 * area reference for references.ts.
 */
export function checkPlan(
  partial: PartialFrontmatter,
  headings: readonly Heading[],
  index: FieldIndex,
  malform: Malform,
  findings: Finding[],
): { focusAreas: FocusArea[]; actionRefs: { focusArea: string; index: number }[] } {
  checkUnique(
    'focusAreas',
    partial.focusAreas.map((a) => a?.id),
    index,
    malform,
    findings,
  );
  checkUnique(
    'actionPlan',
    partial.actionPlan.map((a) => a?.id),
    index,
    malform,
    findings,
  );
  const focusAreas: FocusArea[] = [];
  partial.focusAreas.forEach((area, i) => {
    if (!area) return;
    const heading = findSection(headings, area.section ?? area.title);
    if (!heading && area.section !== undefined) {
      const near = suggestSection(headings, area.section);
      const allowed = headings.slice(0, 12).map((h) => h.text);
      const args = { value: area.section, allowed, ...(near ? { suggestion: near } : {}) };
      findings.push(
        findingAt(index, ['focusAreas', i, 'section'], malform, 'seksjon-ukjent', args, near),
      );
    } else if (!heading) {
      findings.push(
        missingField(index, ['focusAreas', i, 'section'], malform, { example: area.title }),
      );
    }
    focusAreas.push({
      id: area.id,
      title: area.title,
      ...(area.priority === undefined ? {} : { priority: area.priority }),
      goals: area.goals,
      sectionAnchor: heading?.anchor ?? '',
      sectionTitle: heading?.text ?? '',
    });
  });
  const actionRefs: { focusArea: string; index: number }[] = [];
  partial.actionPlan.forEach((item, i) => {
    if (item?.focusArea) actionRefs.push({ focusArea: item.focusArea, index: i });
  });
  return { focusAreas, actionRefs };
}

/** `file` with %-escapes decoded, or undefined when it has none or they are broken. */
function decodePath(file: string): string | undefined {
  if (!file.includes('%')) return undefined;
  try {
    return decodeURIComponent(file).normalize('NFC');
  } catch {
    return undefined;
  }
}

/**
 * Resolves `vedlegg[].fil` against the document's folder: it must stay
 * inside content/, exist, be of a type that is safe to publish with content
 * of that type (src/lib/files/file-safety.ts), and get an address of its
 * own next to the page of the document at `slug` (see {@link checkAttachmentUrls}).
 * Every existing file a vedlegg names is added to `referenced`, refused or not.
 */
export function checkAttachments(
  docPath: string,
  slug: string,
  items: PartialFrontmatter['attachments'],
  ctx: CheckContext,
  index: FieldIndex,
  malform: Malform,
  findings: Finding[],
  referenced: string[] = [],
): Attachment[] {
  const out: Attachment[] = [];
  const fields: { i: number; written: string }[] = []; // Where each entry of `out` was written.
  items.forEach((item, i) => {
    if (!item) return;
    const at = ['attachments', i, 'file'];
    const file = attachmentPath(docPath, item.file);
    let result = file === undefined ? undefined : ctx.resolveAttachment(file);
    // A path copied from a browser (`budsjett%202021.pdf`) means the decoded name.
    const decoded = file && decodePath(file);
    if (result && !result.ok && result.reason === 'missing' && decoded && decoded !== file) {
      const second = ctx.resolveAttachment(decoded);
      if (second.ok || second.reason !== 'missing') result = second;
    }
    if (!file || !result || (!result.ok && result.reason === 'outside')) {
      return void findings.push(findingAt(index, at, malform, 'vedlegg-sti', { value: item.file }));
    }
    if (MARKDOWN.test(file)) {
      const args = { value: item.file, detail: documentId(file) };
      return void findings.push(findingAt(index, at, malform, 'vedlegg-dokument', args));
    }
    if (!result.ok && result.reason === 'folder') {
      const value = item.file.replace(/\/+$/, '');
      return void findings.push(findingAt(index, at, malform, 'vedlegg-mappe', { value }));
    }
    if (!result.ok) {
      const detail = posix.join(ctx.contentDir, file);
      return void findings.push(
        findingAt(index, at, malform, 'vedlegg-fil', { value: item.file, detail }),
      );
    }
    // Named by a vedlegg, so not a stray file, even when refused below.
    referenced.push(result.file);
    const verdict = result.verdict ?? judgeName(result.file);
    if (!verdict.ok) {
      const { ruleId, args } = verdictMessage(verdict, item.file);
      return void findings.push(findingAt(index, at, malform, ruleId, args));
    }
    out.push({
      title: item.title,
      file: result.file,
      bytes: result.bytes,
      ext: result.ext || extensionOf(file),
    });
    fields.push({ i, written: item.file });
  });
  checkAttachmentUrls(slug, out, fields, index, malform, findings);
  return out;
}

/**
 * Every vedlegg is published next to the page under its transliterated name
 * (`Plan A.pdf` and `plan-a.pdf` both become `plan-a.pdf`): two that meet,
 * or one that takes the address of the document's own PDF or page, would
 * overwrite each other. Reported on the later one, naming the earlier and its line.
 */
function checkAttachmentUrls(
  slug: string,
  attachments: readonly Attachment[],
  fields: readonly { i: number; written: string }[],
  index: FieldIndex,
  malform: Malform,
  findings: Finding[],
): void {
  const page = `/dokument/${slug}/`;
  // The page's own index.html needs no entry: HTML is refused by type before this.
  const reserved = new Set([documentPdfUrl({ slug })]);
  const seen = new Map<string, { i: number; written: string }>();
  attachments.forEach((attachment, n) => {
    const field = fields[n] ?? { i: n, written: attachment.file };
    const url = `${page}${attachmentFileName(attachment.file)}`;
    const at = ['attachments', field.i, 'file'];
    if (reserved.has(url)) {
      const args = { value: field.written, detail: url };
      return void findings.push(findingAt(index, at, malform, 'fil-adresse', args));
    }
    const earlier = seen.get(url);
    if (earlier === undefined) return void seen.set(url, field);
    const args = {
      value: field.written,
      detail: url,
      other: earlier.written,
      line: index.get(pathKey(['attachments', earlier.i, 'file']))?.pos.line ?? 1,
    };
    findings.push(findingAt(index, at, malform, 'fil-adresse', args));
  });
}
