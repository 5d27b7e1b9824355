import { posix } from 'node:path';
import { slugify } from '../core/slug.ts';
import { bodyFiles } from './linked-files.ts';
import { documentId as documentIdOf } from './document-id.ts';
import { bodyHeadings, deriveSummary, parseBody } from './body.ts';
import type { CheckedFile, DocReference } from './checked-file.ts';
import type { CheckContext } from './context.ts';
import { checkAttachments, checkKommune, checkPlan } from './document-checks.ts';
import type { Finding } from './finding.ts';
import { parsePartial } from './partial.ts';
import type { Root } from 'mdast';
import { bodyLimitFinding, EMPTY_BODY, isStackOverflow, overflowFinding } from './body-limits.ts';
import { futureDateFindings } from './future-dates.ts';
import { invisibleTextFindings, unsafeTextFindings } from './text-hygiene.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { FrontmatterSchema, type Frontmatter } from './schemas/document.ts';
import type { PlanDocument } from './types.ts';
import { issuesToFindings, missingField } from './zod-problems.ts';
import { canonicalStatus } from '../core/doc-status.ts';
import { narrowStatusChoices, statusForType } from './status-for-type.ts';

export { documentId } from './document-id.ts';

/** URL path of a document id: each segment slugged (æ→ae, ø→o, å→a). */
export function documentSlug(id: string): string {
  return id
    .split('/')
    .map((s) => slugify(s) || 'dokument')
    .join('/');
}

// Drops keys whose value is undefined: the model uses exactOptionalPropertyTypes.
const compact = <T>(value: object): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * Checks one Markdown document on its own: frontmatter, schema, required
 * fields, kommune, sections, ids, attachments, summary. References to other
 * documents are only collected here; references.ts resolves them.
 */
export function checkDocument(
  path: string,
  text: string,
  ctx: CheckContext,
  readError?: Finding,
): CheckedFile {
  const id = documentIdOf(path);
  const sourcePath = posix.join(ctx.contentDir, path.replace(/\\/g, '/'));
  const read = readError
    ? { ...readFrontmatter('', ctx.config.defaultMalform), findings: [readError] }
    : readFrontmatter(text, ctx.config.defaultMalform);
  const { malform, index, findings } = read;
  // Unsafe characters anywhere (frontmatter, body, even after a YAML error).
  findings.push(...unsafeTextFindings(text, read.tree, read.bodyLine));
  const file: CheckedFile = {
    id,
    sourcePath,
    malform,
    references: [],
    focusAreaIds: [],
    actionRefs: [],
    index,
    findings,
    usedFiles: [],
  };
  if (!read.data) return file;
  const data = read.data;
  findings.push(...invisibleTextFindings(data, index, text));

  const parsed = FrontmatterSchema.safeParse(data);
  const partial = parsePartial(data);
  const fm = partial.fm;
  if (!parsed.success) {
    const issues = narrowStatusChoices(parsed.error.issues, fm.type);
    findings.push(...issuesToFindings(issues, data, index, malform));
  }
  if (fm.status) file.status = fm.type ? canonicalStatus(fm.type, fm.status) : fm.status;
  if (fm.type) file.type = fm.type;
  const wrongStatus =
    fm.type &&
    fm.status &&
    statusForType(fm.type, fm.status, String(data['status']), index, malform);
  if (wrongStatus) findings.push(wrongStatus);

  if (fm.status === 'horing' && data['consultationDeadline'] === undefined) {
    findings.push(missingField(index, ['consultationDeadline'], malform, { because: 'horing' }));
  }
  // `strategi` is needed only when tiltak refer to another document's
  // satsingsområde; references.ts asks for it once it knows the own areas.
  const kommune = checkKommune(
    fm.kommune,
    Array.isArray(data['kommune']),
    ctx,
    index,
    malform,
    findings,
  );

  // A body nested too deep, or with a paragraph of thousands of lines, is refused
  // before the parser (and later the renderer) sees it: both would take minutes.
  const limit = bodyLimitFinding(read.body, read.bodyLine);
  if (limit) findings.push(limit);
  const tree = limit ? EMPTY_BODY : parseOrReport(read.body, read.bodyLine, findings);
  const headings = bodyHeadings(tree);
  const plan = checkPlan(partial, headings, index, malform, findings);
  file.focusAreaIds = plan.focusAreas.map((a) => a.id);
  file.actionRefs = plan.actionRefs;
  const named: string[] = [];
  const attachments = checkAttachments(
    path,
    documentSlug(id),
    partial.attachments,
    ctx,
    index,
    malform,
    findings,
    named,
  );
  file.usedFiles = [...named, ...bodyFiles(path, tree)];
  // EMPTY_BODY is shared: only a tree of this body's own may be handed on (and changed).
  if (tree !== EMPTY_BODY) file.tree = tree;
  file.references = references(fm, Array.isArray(data['related']));

  if (parsed.success) {
    findings.push(...futureDateFindings(parsed.data, data, index));
    file.doc = buildDocument(parsed.data, {
      id,
      slug: documentSlug(id),
      sourcePath,
      malform: parsed.data.malform ?? malform,
      kommune,
      summary: parsed.data.summary ?? deriveSummary(tree),
      summaryDerived: parsed.data.summary === undefined,
      attachments,
      focusAreas: plan.focusAreas,
      body: read.body,
      bodyLine: read.bodyLine,
      headings,
    });
  }
  return file;
}

/** Parses a body; a stack overflow (nesting the pre-scan missed) becomes a finding, not a crash. */
function parseOrReport(body: string, bodyLine: number, findings: Finding[]): Root {
  try {
    return parseBody(body);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    findings.push(overflowFinding(bodyLine));
    return EMPTY_BODY;
  }
}

function references(fm: Partial<Frontmatter>, relatedIsList: boolean): DocReference[] {
  const refs: DocReference[] = (fm.related ?? []).map((target, i) => ({
    kind: 'related',
    target,
    path: relatedIsList ? ['related', i] : ['related'],
  }));
  if (fm.replaces) refs.push({ kind: 'replaces', target: fm.replaces, path: ['replaces'] });
  if (fm.strategy) refs.push({ kind: 'strategy', target: fm.strategy, path: ['strategy'] });
  return refs;
}

type Derived = Pick<
  PlanDocument,
  | 'id'
  | 'slug'
  | 'sourcePath'
  | 'malform'
  | 'kommune'
  | 'summary'
  | 'summaryDerived'
  | 'attachments'
  | 'focusAreas'
  | 'body'
  | 'bodyLine'
  | 'headings'
>;

function buildDocument(fm: Frontmatter, derived: Derived): PlanDocument {
  return compact<PlanDocument>({
    ...derived,
    title: fm.title,
    subtitle: fm.subtitle,
    type: fm.type,
    status: canonicalStatus(fm.type, fm.status),
    date: fm.date,
    consultationDeadline: fm.consultationDeadline,
    consultationResponse: fm.consultationResponse,
    period: fm.period,
    caseNumber: fm.caseNumber,
    archiveCode: fm.archiveCode,
    caseOfficer: fm.caseOfficer,
    responsible: fm.responsible,
    keywords: fm.keywords,
    languageChecksOff: fm.languageChecks?.off ?? [],
    related: fm.related,
    replaces: fm.replaces,
    route: fm.route.map((step) => compact(step)),
    recommendation: fm.recommendation ? compact(fm.recommendation) : undefined,
    decisions: fm.decisions.map((d) => compact(d)),
    actionPlan: fm.actionPlan.map((item) => compact(item)),
    strategy: fm.strategy,
  });
}
