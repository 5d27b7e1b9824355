import type { Root } from 'mdast';
import type { Finding } from './finding.ts';
import type { FieldIndex } from './translate.ts';
import type { DocStatus, DocType, Malform, PlanDocument } from './types.ts';

/** A reference to another document, with where it was written. */
export interface DocReference {
  kind: 'related' | 'replaces' | 'strategy';
  /** The target id, normalised (see schemas/fields.ts `normaliseRef`). */
  target: string;
  /** Internal path of the value, e.g. `['related', 1]`. */
  path: PropertyKey[];
}

/** What the check of one file learnt; references.ts completes it across files. */
export interface CheckedFile {
  /** Document id: path under content/ without `.md`, POSIX, NFC. */
  id: string;
  /** Path relative to the project root, for problems. */
  sourcePath: string;
  malform: Malform;
  /** Known even when other fields failed, for the draft rules. */
  status?: DocStatus;
  type?: DocType;
  /** The document, when its frontmatter passed the schema. */
  doc?: PlanDocument;
  references: DocReference[];
  /** Ids of this document's focus areas. */
  focusAreaIds: string[];
  /** Each tiltak's focus area reference by tiltak index. */
  actionRefs: { focusArea: string; index: number }[];
  index: FieldIndex;
  findings: Finding[];
  /** Content-relative files the document uses (attachments, body links and images). */
  usedFiles: string[];
  /** The parsed body (CommonMark + GFM), when the body was parsed; see ValidateOptions.keepTrees. */
  tree?: Root;
}
