import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Malform } from '../model/types.ts';
import type { NewDocumentRequest } from './args.ts';
import { NewDocumentError } from './errors.ts';
import { fillTemplate } from './fill-template.ts';
import { listStrategies, pickStrategy } from './find-strategy.ts';
import { t } from '../i18n/index.ts';
import { resolveKommuner, resolveType } from './resolve.ts';
import { targetPath } from './target-path.ts';

/** The parts of the site configuration `npm run new` reads. */
export interface NewDocumentConfig {
  defaultMalform: Malform;
  kommuner: readonly { name: string }[];
}

/** Where to work and what day it is; tests pass a temp root and a fixed day. */
export interface NewDocumentContext {
  /** Project root: holds `content/` and `templates/` unless given below. */
  root: string;
  contentDir?: string;
  templatesDir?: string;
  config: NewDocumentConfig;
  /** Defaults to now; the document gets this day's local date. */
  today?: Date;
}

/** What was created. */
export interface NewDocumentResult {
  /** Absolute path of the new file. */
  path: string;
  /** The same path relative to the root, POSIX separators, for messages. */
  displayPath: string;
  malform: Malform;
  /** Extra lines to show the clerk (e.g. which strategy was chosen). */
  notices: string[];
}

const isoDay = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Creates a new document from the template for its type and målform, with
 * title, today's date, kommune and `status: utkast` filled in. Never
 * overwrites a file; every refusal is a NewDocumentError in the clerk's målform.
 */
export async function createDocument(
  request: Omit<NewDocumentRequest, 'help'>,
  context: NewDocumentContext,
): Promise<NewDocumentResult> {
  const { config, root } = context;
  const malform = request.malform ?? config.defaultMalform;
  const contentDir = context.contentDir ?? join(root, 'content');
  const fail = (message: string): never => {
    throw new NewDocumentError(message, malform);
  };

  if (request.type === undefined) fail(t(malform, 'cli.missingType'));
  const type = resolveType(request.type as string, malform);
  const title = request.title?.trim() ?? '';
  if (title === '') fail(t(malform, 'cli.missingTitle'));
  const known = config.kommuner.map((k) => k.name);
  const kommune =
    request.kommune === undefined
      ? known.slice(0, 1)
      : resolveKommuner(request.kommune, known, malform);
  const date = isoDay(context.today ?? new Date());

  const notices: string[] = [];
  // Chosen for the clerk: say so, and how to choose another, before anything else.
  if (request.kommune === undefined && kommune[0] !== undefined)
    notices.push(t(malform, 'cli.kommuneChosen', kommune[0], known.slice(1)));
  let strategy = request.strategy;
  if (type === 'handlingsplan' && strategy === undefined) {
    strategy = pickStrategy(await listStrategies(contentDir), kommune)?.id;
    // No strategy to follow up: the plan gets focus areas of its own (the
    // content model's other way), so a site without strategies can start one.
    notices.push(
      strategy === undefined
        ? t(malform, 'cli.noStrategy')
        : t(malform, 'cli.strategyChosen', strategy),
    );
  }

  const templateFile = join(
    context.templatesDir ?? join(root, 'templates'),
    `${type}.${malform}.md`,
  );
  const template = await readFile(templateFile, 'utf8');
  const text = fillTemplate(template, {
    title,
    date,
    kommune,
    ...(strategy === undefined ? {} : { strategy }),
  });

  const path = targetPath({
    contentDir,
    title,
    date,
    kommune,
    ...(request.dir === undefined ? {} : { dir: request.dir }),
  });
  if (path === undefined) return fail(t(malform, 'cli.emptySlug', title));
  const displayPath = relative(root, path).split(sep).join('/');
  await mkdir(dirname(path), { recursive: true });
  try {
    // 'wx' fails if the file exists, atomically: no check-then-write race.
    await writeFile(path, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new NewDocumentError(t(malform, 'cli.exists', displayPath), malform, { cause: error });
    }
    throw error;
  }
  return { path, displayPath, malform, notices };
}
