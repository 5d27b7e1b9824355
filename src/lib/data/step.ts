/**
 * The open-data build step (tiltak.csv, vedtak.csv, dokument.schema.json)
 * and the manifest field that completes W's dokument.json with every field
 * of the content model.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext, BuildStep } from '../output/step.ts';
import type { PlanDocument } from '../model/types.ts';
import type { ManifestField } from '../output/manifest.ts';
import { documentUrl } from '../core/urls.ts';
import { publishableJson } from '../core/json.ts';
import { toCsv } from './csv.ts';
import { documentFields } from './document-json.ts';
import { tiltakColumns, vedtakColumns } from './open-data.ts';
import { documentSchema } from './schema.ts';
import { loadStatusData, type StatusData } from './states.ts';
import { tiltakRows } from './tiltak.ts';
import { DATA_FILES } from '../core/data-urls.ts';
import { vedtakRows } from './vedtak.ts';

/** The published documents of a build (never a draft in production). */
function published(context: BuildContext): PlanDocument[] {
  return context.documents.filter((doc) => context.preview || doc.status !== 'utkast');
}

/** Status data for the documents of a build step, read from the same content directory as the pages. */
export function statusDataFor(context: BuildContext): Promise<StatusData> {
  return loadStatusData(context.documents, {
    root: context.root,
    contentDir: context.contentDir,
    defaultMalform: context.config.defaultMalform,
  });
}

/** Adds undertittel, vedtak, satsingsområde, handlingsplan (current status) … to each manifest row. */
export const openDataManifestField: ManifestField = async (doc, context) =>
  documentFields(doc, (await statusDataFor(context)).states);

async function write(outDir: string, sitePath: string, content: string): Promise<void> {
  const file = path.join(outDir, ...sitePath.split('/'));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

/** Writes data/tiltak.csv, data/vedtak.csv and data/dokument.schema.json into the staged output. */
export const openDataStep: BuildStep = {
  name: 'opne-data',
  async run(context) {
    const started = performance.now();
    const docs = published(context);
    const { states } = await statusDataFor(context);
    const base = context.config.baseUrl;
    const tiltak = tiltakRows(docs, states);
    const vedtak = vedtakRows(docs);
    try {
      await write(
        context.outDir,
        DATA_FILES.tiltak,
        toCsv(
          tiltak,
          tiltakColumns(context.config.defaultMalform, base, (r) => documentUrl(r.doc)),
        ),
      );
      await write(
        context.outDir,
        DATA_FILES.vedtak,
        toCsv(
          vedtak,
          vedtakColumns(base, (r) => documentUrl(r.doc)),
        ),
      );
      await write(
        context.outDir,
        DATA_FILES.schema,
        `${publishableJson(documentSchema(base), 2)}\n`,
      );
    } catch (error) {
      throw new Error(`opne-data: could not write the data files under ${context.outDir}/data`, {
        cause: error,
      });
    }
    const ms = Math.round(performance.now() - started);
    context.logger.info(
      `opne-data: ${tiltak.length} tiltak and ${vedtak.length} vedtak/innstilling rows → data/*.csv, schema (${ms} ms)`,
    );
  },
};
