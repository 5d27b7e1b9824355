import { stringify } from 'yaml';
import type { DocType, Malform } from '../core/types.ts';
import type { RouteRow } from './recognise.ts';

/** The fields an import fills, already in the values the clerk will see. */
export interface ImportedFields {
  title: string;
  type: DocType;
  malform: Malform;
  kommune: string;
  date: string;
  period?: string;
  caseOfficer?: string;
  archiveCase?: string;
  archiveCode?: string;
  route: RouteRow[];
  /** Vedlegg found beside the .docx and copied: `{title, file}`. */
  attachments: { title: string; file: string }[];
  recommendation?: { from?: string; points: string[] };
}

// The clerk's keys in each målform (content-model.md); values are written as the document had them.
const KEYS = {
  nb: { officer: 'saksbehandler', body: 'utvalg', from: 'fra', malform: 'bokmål' },
  nn: { officer: 'saksbehandlar', body: 'utval', from: 'frå', malform: 'nynorsk' },
} as const;

/** One `key: value` line (or block) with the value quoted as YAML needs (`"010"`, `"17/596"`). */
const entry = (key: string, value: unknown): string =>
  stringify({ [key]: value }, { lineWidth: 0 });

/**
 * The frontmatter of an imported document: `status: utkast`, the header
 * fields the template carried, and, as comments, what a clerk must still
 * add by hand (the vedlegg, whose files a .docx does not hold).
 */
export function writeFrontmatter(fields: ImportedFields, comments: readonly string[]): string {
  const k = KEYS[fields.malform];
  const parts = [
    ...comments.map((c) => `# ${c.replace(/\n/g, ' ')}\n`),
    entry('tittel', fields.title),
    entry('type', fields.type),
    entry('målform', k.malform),
    entry('kommune', fields.kommune),
    entry('status', 'utkast'),
    entry('dato', fields.date),
  ];
  if (fields.period) parts.push(entry('periode', fields.period));
  if (fields.archiveCase) parts.push(entry('arkivsak', fields.archiveCase));
  if (fields.archiveCode) parts.push(entry('arkivkode', fields.archiveCode));
  if (fields.caseOfficer) parts.push(entry(k.officer, fields.caseOfficer));
  if (fields.attachments.length > 0)
    parts.push(
      entry(
        'vedlegg',
        fields.attachments.map((a) => ({ tittel: a.title, fil: a.file })),
      ),
    );
  if (fields.recommendation)
    parts.push(
      entry('innstilling', {
        ...(fields.recommendation.from ? { [k.from]: fields.recommendation.from } : {}),
        punkt: fields.recommendation.points,
      }),
    );
  if (fields.route.length > 0)
    parts.push(
      entry(
        'behandling',
        fields.route.map((r) => ({
          [k.body]: r.body,
          ...(r.meetingDate ? { møtedato: r.meetingDate } : {}),
          ...(r.caseNumber ? { saksnr: r.caseNumber } : {}),
        })),
      ),
    );
  return `---\n${parts.join('')}---\n`;
}
