import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext, BuildStep } from './step.ts';
import type { PlanDocument } from '../model/types.ts';
import { count } from '../core/log-count.ts';
import { documentUrl } from '../core/urls.ts';
import { publishableJson } from '../core/json.ts';
import { docStatusLabel } from '../i18n/status-label.ts';

/** One row of `data/dokument.json`; later steps add fields such as `pdf` and `bilde`. */
export interface ManifestRow {
  id: string;
  tittel: string;
  type: string;
  malform: string;
  status: string;
  /** The status as every page shows it, in the document's målform. */
  statusTekst: string;
  dato: string;
  kommune: string[];
  /** Page URL relative to the site root, e.g. `/dokument/tysnes/digitalisering/`. */
  url: string;
  [extra: string]: unknown;
}

/**
 * Adds fields to a document's manifest row from what an earlier step left in
 * the staged output (e.g. `pdf` when `<slug>.pdf` exists). Return undefined
 * to add nothing for that document.
 */
export type ManifestField = (
  doc: PlanDocument,
  context: BuildContext,
) => Promise<Record<string, unknown> | undefined>;

/** The base row of a document, with the Norwegian field names of the open data. */
export function manifestRow(doc: PlanDocument): ManifestRow {
  return {
    id: doc.id,
    tittel: doc.title,
    type: doc.type,
    malform: doc.malform,
    status: doc.status,
    statusTekst: docStatusLabel(doc, doc.malform),
    dato: doc.date,
    kommune: doc.kommune,
    url: documentUrl(doc),
  };
}

/** Builds the manifest object: base rows plus whatever each field contributor adds. */
export async function buildManifest(
  context: BuildContext,
  fields: readonly ManifestField[],
): Promise<{ lisens: { namn: string; url: string }; dokument: ManifestRow[] }> {
  const rows: ManifestRow[] = [];
  // Belt and braces: the documents are already filtered, but a draft must
  // never become an open-data row in a production build.
  const docs = context.documents.filter((doc) => context.preview || doc.status !== 'utkast');
  for (const doc of docs) {
    const row = manifestRow(doc);
    for (const field of fields) Object.assign(row, await field(doc, context));
    rows.push(row);
  }
  rows.sort((a, b) => b.dato.localeCompare(a.dato) || a.id.localeCompare(b.id));
  // The licence first: whoever opens the file reads under which terms before the rows.
  const licence = context.config.openDataLicence;
  return { lisens: { namn: licence.name, url: licence.url }, dokument: rows };
}

/** A build step that writes `data/dokument.json`; run it after the steps whose files it reports. */
export function manifestStep(fields: readonly ManifestField[]): BuildStep {
  return {
    name: 'manifest',
    async run(context) {
      const manifest = await buildManifest(context, fields);
      const file = path.join(context.outDir, 'data', 'dokument.json');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${publishableJson(manifest, 2)}\n`);
      context.logger.info(
        `manifest: ${count(manifest.dokument.length, 'document')} → data/dokument.json`,
      );
    },
  };
}
