import type { Root } from 'mdast';
import { memoryResolver, type AttachmentResolver } from './attachments.ts';
import type { CheckedFile } from './checked-file.ts';
import type { CheckContext } from './context.ts';
import { checkDocument } from './document.ts';
import { toProblem, type Finding } from './finding.ts';
import { sortProblems, type Problem } from './problems.ts';
import { checkReplacements, resolveReferences } from './references.ts';
import type { Malform, PlanDocument } from './types.ts';

/** One source file: its path under the content folder (POSIX) and its text. */
export interface Source {
  path: string;
  text: string;
  /** Set when the file could not be read as UTF-8 text (see decode.ts); `text` is then empty. */
  readError?: Finding;
}

/** Options of {@link validateSources}. */
export interface ValidateOptions {
  /** The site config's kommuner and default målform (a whole SiteConfig fits). */
  config: { kommuner: readonly { name: string }[]; defaultMalform: Malform };
  /** Content folder relative to the project root, for Problem.file. Default `content`. */
  contentDir?: string;
  /** Keep `utkast` documents in `documents` (preview builds). Default false. */
  includeDrafts?: boolean;
  /** Checks attachments. Default: no attachment exists. */
  resolveAttachment?: AttachmentResolver;
  /**
   * Hand back the parsed bodies of at most this many documents (default 0),
   * so a caller that renders them does not parse each body a second time.
   * Bounded because a tree takes about 13 times its Markdown in memory.
   */
  keepTrees?: number;
  /**
   * Files' own checks from an earlier run, by source path (content/check-cache.ts),
   * used in place of checking those files again; the checks across files still run.
   */
  checked?: ReadonlyMap<string, CheckedFile>;
  /** Called with each file's own check, before the checks across files add to it (for that cache). */
  onChecked?: (path: string, file: CheckedFile) => void;
}

/** The outcome of checking a set of sources. */
export interface ValidationResult {
  /** Documents that passed their schema, newest first; drafts only with includeDrafts. */
  documents: PlanDocument[];
  /** Every document that passed its schema, drafts included (for checks across all content). */
  allDocuments: PlanDocument[];
  /** Every problem of every file, sorted by file and line. */
  problems: Problem[];
  /** Number of files checked (drafts included). */
  checked: number;
  /** Content-relative paths of the files the documents use (attachments, body links and images). */
  usedFiles: string[];
  /**
   * Parsed bodies by document id (at most `keepTrees`), as remark-parse +
   * remark-gfm give them; whoever renders one may change it, so each is used once.
   */
  trees: Map<string, Root>;
}

/**
 * Which kind of file a source is. Only documents exist today; status updates
 * (a later issue) will be told apart here, by folder or `type`, and get
 * their own check next to checkDocument.
 */
export function fileKind(_source: Source): 'document' {
  return 'document';
}

/** What checking one file of a run needs (also made for the checks a body pool runs). */
export function checkContext(
  options: Pick<ValidateOptions, 'config' | 'contentDir' | 'resolveAttachment'>,
): CheckContext {
  return {
    config: options.config,
    contentDir: (options.contentDir ?? 'content').replace(/\\/g, '/').replace(/\/+$/, ''),
    resolveAttachment: options.resolveAttachment ?? memoryResolver({}),
  };
}

/**
 * Checks sources without touching the file system (except through the
 * attachment resolver): each file alone, then references across files.
 */
export function validateSources(
  sources: readonly Source[],
  options: ValidateOptions,
): ValidationResult {
  const includeDrafts = options.includeDrafts ?? false;
  const ctx = checkContext(options);
  const trees = new Map<string, Root>();
  const keep = options.keepTrees ?? 0;
  const files: CheckedFile[] = sources.map((source) => {
    switch (fileKind(source)) {
      case 'document': {
        const known = options.checked?.get(source.path);
        if (known) return known;
        const file = checkDocument(source.path, source.text, ctx, source.readError);
        options.onChecked?.(source.path, file);
        // Dropped at once beyond the budget, so memory stays bounded however many files there are.
        if (file.tree && file.doc && trees.size < keep) trees.set(file.doc.id, file.tree);
        delete file.tree;
        return file;
      }
    }
  });
  resolveReferences(files, includeDrafts);
  checkReplacements(files);
  checkSlugs(files);
  const problems = sortProblems(
    files.flatMap((f) => f.findings.map((x) => toProblem(x, f.sourcePath, f.malform))),
  );
  const allDocuments = files
    .flatMap((f) => (f.doc ? [f.doc] : []))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id.localeCompare(b.id)));
  const documents = allDocuments.filter((d) => includeDrafts || d.status !== 'utkast');
  return {
    documents,
    allDocuments,
    problems,
    checked: files.length,
    usedFiles: files.flatMap((f) => f.usedFiles),
    trees,
  };
}

/** Two files whose ids slug to the same URL (`Plan.md` and `plan.md`) would overwrite each other. */
function checkSlugs(files: readonly CheckedFile[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const slug = file.doc?.slug;
    if (!slug) continue;
    const other = seen.get(slug);
    if (other)
      file.findings.push({
        ruleId: 'slug-duplikat',
        pos: { line: 1, column: 1 },
        args: { value: other, detail: `/dokument/${slug}/` },
      });
    else seen.set(slug, file.id);
  }
}
