import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { DocType, Malform } from '../core/types.ts';
import { slugify } from '../core/slug.ts';
import { t } from '../i18n/index.ts';
import { fold } from '../model/fold.ts';
import { lookup, suggest } from '../model/lookup.ts';
import { DOC_TYPES } from '../model/vocabulary.ts';
import { findAttachments } from './attachments.ts';
import { detectMalform } from './detect-malform.ts';
import { DEFAULT_LIMITS, readDocxSafely, type DocxLimits } from './docx-guard.ts';
import { ImportError } from './errors.ts';
import type { ImportRequest } from './args.ts';
import { writeFrontmatter } from './frontmatter.ts';
import { readDocx } from './read-docx.ts';
import { recognise } from './recognise.ts';
import { bodyToMarkdown, type ImageTarget } from './to-markdown.ts';

/** The parts of the site configuration the importer reads. */
export interface ImportConfig {
  defaultMalform: Malform;
  kommuner: readonly { name: string }[];
}

/** Where to work; tests pass a temp root, a fixed day and lower limits. */
export interface ImportContext {
  root: string;
  config: ImportConfig;
  today?: Date;
  limits?: DocxLimits;
}

/** What was written and what the clerk must still see to. */
export interface ImportResult {
  path: string;
  displayPath: string;
  malform: Malform;
  /** Files written beside the document (pictures, vedlegg). */
  files: string[];
  /** What was chosen for the clerk (målform, kommune, date), one line each. */
  notices: string[];
  /** What could not be carried over, one line each, in the document's målform. */
  unmapped: string[];
}

// mammoth's warnings about paragraph and character styles every Word or
// LibreOffice file has; their text is kept as plain paragraphs and runs.
const HARMLESS_STYLES =
  /^(normal|standard|body text|text body|table contents|table heading|footnote.*|endnote.*|internet link|hyperlink|list paragraph|default paragraph font|caption|figure|illustration|heading|contents.*|index link)$/i;

const isoDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * «OMSORGSTEKNOLOGI PÅ TYSNES OMSORGSSENTER» → «Omsorgsteknologi på Tysnes
 * omsorgssenter»: a title typed in capitals in sentence case, the kommune
 * names given back their capital; other titles as they are.
 */
export function sentenceCase(title: string, kommuner: readonly string[] = []): string {
  if (title !== title.toUpperCase() || !/\p{Lu}{4}/u.test(title)) return title;
  let lower = title.toLowerCase();
  for (const name of kommuner)
    lower = lower.replace(new RegExp(`(?<!\\p{L})${name.toLowerCase()}(?!\\p{L})`, 'gu'), name);
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Imports a .docx written from a municipal Word template as a draft:
 * recognises the header fields, the route table and the innstilling,
 * converts the body to GFM, writes pictures beside it and the Markdown to
 * content/<kommune>/<slug>.md (or `out`). Never overwrites a file.
 */
export async function importDocx(
  request: Omit<ImportRequest, 'help'>,
  context: ImportContext,
): Promise<ImportResult> {
  const { config, root } = context;
  let malform = request.malform ?? config.defaultMalform;
  if (request.file === undefined) throw new ImportError(t(malform, 'import.missingFile'), malform);
  const source = isAbsolute(request.file) ? request.file : join(root, request.file);
  const bytes = await readDocxSafely(source, malform, context.limits ?? DEFAULT_LIMITS);
  let reading;
  try {
    reading = await readDocx(bytes);
  } catch (error) {
    // mammoth's parser refuses what no Word writes (a DOCTYPE with entities, broken XML): tell the clerk, not a stack.
    throw new ImportError(t(malform, 'import.unreadable', request.file), malform, { cause: error });
  }
  const tree = fromHtml(reading.html, { fragment: true });
  const known = config.kommuner.map((k) => k.name);
  const found = recognise(tree, known);
  const notices: string[] = [];
  const unmapped: string[] = [];

  if (!request.malform) {
    const guess = detectMalform(toText(tree));
    malform = guess.malform ?? config.defaultMalform;
    notices.push(
      guess.malform
        ? t(malform, 'import.malformGuessed', malform, guess.nb, guess.nn)
        : t(malform, 'import.malformDefault', malform),
    );
  }
  const fail = (message: string): never => {
    throw new ImportError(message, malform);
  };

  const type = resolveType(request.type, found.type, malform);
  const kommune = resolveKommune(request.kommune, found.kommune, known, malform, notices);
  if (found.title === undefined) fail(t(malform, 'import.noTitle'));
  const title = sentenceCase(found.title as string, known);
  if (title !== found.title)
    notices.push(t(malform, 'import.titleCase', found.title as string, title));
  const date = found.date ?? found.route[0]?.meetingDate ?? isoDay(context.today ?? new Date());
  if (!found.date && !found.route[0]?.meetingDate)
    notices.push(t(malform, 'import.dateDefault', date));

  const slug = slugify(title);
  const path = request.out
    ? isAbsolute(request.out)
      ? request.out
      : join(root, request.out)
    : join(root, 'content', slugify(kommune), `${slug}.md`);
  const show = (p: string) => relative(root, p).split(sep).join('/');
  const stem = basename(path).replace(/\.md$/i, '');

  const images = new Map<number, ImageTarget & { bytes: Buffer }>();
  for (const image of reading.images) {
    if (!image.ext) {
      unmapped.push(t(malform, 'import.imageType', image.n, image.contentType));
      continue;
    }
    const url = `${stem}-${image.n}.${image.ext}`;
    if (!image.alt) unmapped.push(t(malform, 'import.imageNoAlt', url));
    images.set(image.n, { url, alt: image.alt ?? '', bytes: image.bytes });
  }
  const body = bodyToMarkdown(found.body, {
    image: (n) => images.get(n),
    unsafeLink: (text, href) =>
      unmapped.push(t(malform, 'import.unsafeLink', text, href.slice(0, 80))),
  });
  const attachments = await findAttachments(source, found.attachments);
  for (const name of attachments.missing) unmapped.push(t(malform, 'import.attachment', name));
  const styles = new Set(
    reading.warnings
      .map((w) => /^Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(w)?.[1])
      .filter((s): s is string => s !== undefined && !HARMLESS_STYLES.test(s)),
  );
  for (const style of styles) unmapped.push(t(malform, 'import.style', style));
  if (found.dropped.markers > 0)
    notices.push(t(malform, 'import.markersDropped', found.dropped.markers));
  if (found.dropped.toc > 0) notices.push(t(malform, 'import.tocDropped'));

  const text =
    writeFrontmatter(
      {
        title,
        type,
        malform,
        kommune,
        date,
        route: found.route,
        attachments: attachments.found,
        ...(found.period ? { period: found.period } : {}),
        ...(found.caseOfficer ? { caseOfficer: found.caseOfficer } : {}),
        ...(found.archiveCase ? { archiveCase: found.archiveCase } : {}),
        ...(found.archiveCode ? { archiveCode: found.archiveCode } : {}),
        ...(found.recommendation ? { recommendation: found.recommendation } : {}),
      },
      attachments.missing.map((name) => t(malform, 'import.attachmentComment', name)),
    ) + `\n${body}`;

  await mkdir(dirname(path), { recursive: true });
  // 'wx' fails if the file exists, atomically. The document goes first: when it exists, nothing is written.
  const written: string[] = [];
  const create = async (file: string, data: string | Buffer) => {
    try {
      await writeFile(file, data, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new ImportError(t(malform, 'import.exists', show(file)), malform, { cause: error });
      throw error;
    }
  };
  await create(path, text);
  for (const image of images.values()) {
    const file = join(dirname(path), image.url);
    await create(file, image.bytes);
    written.push(show(file));
  }
  for (const attachment of attachments.found) {
    const file = join(dirname(path), attachment.file);
    await mkdir(dirname(file), { recursive: true });
    await create(file, attachment.bytes);
    written.push(show(file));
  }
  return { path, displayPath: show(path), malform, files: written, notices, unmapped };
}

function resolveType(
  asked: string | undefined,
  found: DocType | undefined,
  malform: Malform,
): DocType {
  const all = DOC_TYPES.map((d) => d[malform]).join(', ');
  if (asked === undefined)
    return (
      found ??
      (() => {
        throw new ImportError(t(malform, 'import.noType', all), malform);
      })()
    );
  const term = lookup(DOC_TYPES, asked);
  if (term) return term.name;
  const near = suggest(DOC_TYPES, asked);
  const hint = near ? t(malform, 'cli.didYouMean', near[malform]) : '';
  throw new ImportError(t(malform, 'cli.unknownType', asked, hint, all), malform);
}

function resolveKommune(
  asked: string | undefined,
  found: string | undefined,
  known: readonly string[],
  malform: Malform,
  notices: string[],
): string {
  if (asked !== undefined) {
    const name = known.find((k) => fold(k) === fold(asked.trim()));
    if (name) return name;
    throw new ImportError(t(malform, 'cli.unknownKommune', asked, '', known.join(', ')), malform);
  }
  if (found) return found;
  const first = known[0] ?? '';
  notices.push(t(malform, 'import.kommuneDefault', first));
  return first;
}
