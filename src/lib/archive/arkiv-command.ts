import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteConfig } from '../config/schema.ts';
import { loadContent } from '../content/load.ts';
import { documentPdfUrl, documentUrl } from '../core/urls.ts';
import { urlToFile } from '../core/print-urls.ts';
import { t } from '../i18n/index.ts';
import { formatProblems } from '../model/problems.ts';
import type { Malform, PlanDocument } from '../model/types.ts';
import { arkivstrukturXml, type ArchivedFile } from './arkivstruktur.ts';
import { selectDecided, strictIsoDate, type Period } from './period.ts';

/** Where the command writes; injectable for tests. */
export interface ArkivIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Name of the metadata file in the hand-off folder. */
export const METADATA_FILE = 'arkivstruktur.xml';
/** Folder of the document files (Riksarkivarens forskrift § 5-31 b: DOKUMENT). */
export const DOCUMENT_FOLDER = 'DOKUMENT';

/**
 * `npm run arkiv -- --fra DATE --til DATE [--kommune K] [--dist DIR] [--ut DIR]`:
 * copies the official PDFs (PDF/A-2a) of the documents decided in the period
 * from the built site (dist/, never printed anew: the archive gets the very
 * bytes citizens download) into a folder with one arkivstruktur.xml (Noark 5
 * names, docs/arkiv.md). Refuses when dist/ is missing, or older than the
 * content or the configuration (stale). Returns the exit code.
 */
export async function runArkiv(
  argv: string[],
  root: string,
  config: SiteConfig,
  io: ArkivIo,
  now: Date = new Date(),
): Promise<number> {
  const m: Malform = config.defaultMalform;
  const fail = (text: string, code = 2): number => {
    io.err(text);
    return code;
  };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        fra: { type: 'string' },
        til: { type: 'string' },
        kommune: { type: 'string' },
        dist: { type: 'string' },
        ut: { type: 'string' },
        innhald: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return fail(t(m, 'archive.badOption', error instanceof Error ? error.message : String(error)));
  }
  if (values['help']) {
    io.out(t(m, 'archive.help'));
    return 0;
  }
  const dates: Partial<Record<'fra' | 'til', string>> = {};
  for (const name of ['fra', 'til'] as const) {
    const raw = values[name];
    if (typeof raw !== 'string') return fail(t(m, 'archive.missingDate', name));
    const date = strictIsoDate(raw);
    if (!date) return fail(t(m, 'archive.badDate', name, raw));
    dates[name] = date;
  }
  const period: Period = { from: dates.fra as string, to: dates.til as string };
  if (period.from > period.to) return fail(t(m, 'archive.reversed', period.from, period.to));
  const kommune = typeof values['kommune'] === 'string' ? values['kommune'] : undefined;
  if (kommune !== undefined && !config.kommuner.some((k) => k.name === kommune)) {
    return fail(
      t(m, 'archive.unknownKommune', kommune, config.kommuner.map((k) => k.name).join(', ')),
    );
  }
  const contentDir = typeof values['innhald'] === 'string' ? values['innhald'] : 'content';
  const distDir = path.resolve(root, typeof values['dist'] === 'string' ? values['dist'] : 'dist');
  const outDir = path.resolve(
    root,
    typeof values['ut'] === 'string'
      ? values['ut']
      : `dist-arkiv/${period.from}_${period.to}${kommune ? `_${kommune}` : ''}`,
  );

  const loaded = await loadContent({ root, contentDir, config, includeDrafts: false });
  const errors = loaded.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    return fail(`${formatProblems(errors)}\n${t(m, 'archive.contentErrors', errors.length)}`, 1);
  }
  const built = await builtAt(distDir);
  if (built === undefined) return fail(t(m, 'archive.noDist', rel(root, distDir)));
  // A document added or removed since the build: dist/ lists other documents than content/ has.
  const listed = new Set(built.ids);
  const changed =
    loaded.documents.find((d) => !listed.has(d.id))?.sourcePath ??
    [...listed].find((id) => !loaded.documents.some((d) => d.id === id));
  if (changed !== undefined || listed.size !== loaded.documents.length) {
    return fail(t(m, 'archive.staleDist', rel(root, distDir), changed ?? contentDir));
  }
  const newer = await newestSource(root, contentDir, loaded.documents);
  if (newer && newer.mtime > built.mtime) {
    return fail(t(m, 'archive.staleDist', rel(root, distDir), newer.file));
  }

  const selection = selectDecided(loaded.documents, period, kommune);
  const files: ArchivedFile[] = [];
  for (const { doc, decided } of selection.documents) {
    const source = urlToFile(distDir, documentPdfUrl(doc));
    const bytes = await readFile(source).catch(() => undefined);
    if (!bytes) return fail(t(m, 'archive.missingPdf', doc.sourcePath, rel(root, source)));
    files.push({
      doc,
      decided,
      file: `${DOCUMENT_FOLDER}/${path.basename(source)}`,
      bytes: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      url: new URL(documentUrl(doc), config.baseUrl).href,
    });
  }
  const names = new Set(files.map((f) => f.file));
  if (names.size !== files.length) {
    // Slugs are unique per folder, not across folders: fall back to the URL path.
    for (const f of files) f.file = `${DOCUMENT_FOLDER}/${f.doc.slug.replaceAll('/', '_')}.pdf`;
  }

  // A fresh folder each run: nothing from an earlier hand-off (or another period) stays in it.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, DOCUMENT_FOLDER), { recursive: true });
  for (const f of files) {
    await copyFile(urlToFile(distDir, documentPdfUrl(f.doc)), path.join(outDir, f.file));
  }
  await writeFile(
    path.join(outDir, METADATA_FILE),
    arkivstrukturXml({
      title: config.siteName,
      from: period.from,
      to: period.to,
      kommune,
      written: now.toISOString(),
      files,
    }),
  );
  io.out(t(m, 'archive.fromDist', rel(root, distDir)));
  for (const doc of selection.undated) io.out(t(m, 'archive.undated', doc.sourcePath));
  io.out(t(m, 'archive.written', files.length, rel(root, outDir), period.from, period.to));
  return 0;
}

/**
 * When dist/ was last published (the mtime of its open-data file, written by
 * every build) and which documents it holds; undefined without a build.
 */
async function builtAt(distDir: string): Promise<{ mtime: number; ids: string[] } | undefined> {
  const file = path.join(distDir, 'data', 'dokument.json');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { dokument?: { id?: unknown }[] };
    const ids = (parsed.dokument ?? []).flatMap((d) => (typeof d.id === 'string' ? [d.id] : []));
    return { mtime: info.mtimeMs, ids };
  } catch {
    return undefined;
  }
}

/** The most recently changed of the documents' sources, their attachments and the config. */
async function newestSource(
  root: string,
  contentDir: string,
  documents: readonly PlanDocument[],
): Promise<{ file: string; mtime: number } | undefined> {
  const files = ['planverk.config.ts'];
  for (const doc of documents) {
    files.push(doc.sourcePath);
    for (const a of doc.attachments) files.push(path.join(contentDir, a.file));
  }
  let newest: { file: string; mtime: number } | undefined;
  for (const file of files) {
    const info = await stat(path.resolve(root, file)).catch(() => undefined);
    if (info && (!newest || info.mtimeMs > newest.mtime)) newest = { file, mtime: info.mtimeMs };
  }
  return newest;
}

const rel = (root: string, file: string): string =>
  path.relative(root, file).split(path.sep).join('/') || '.';
