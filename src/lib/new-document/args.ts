import { parseArgs } from 'node:util';
import type { Malform } from '../model/types.ts';
import { NewDocumentError } from './errors.ts';
import { t } from '../i18n/index.ts';
import { parseMalform } from './resolve.ts';

/** What the clerk asked for on the command line, before it is resolved. */
export interface NewDocumentRequest {
  /** The type as written (`saksframlegg`, `Saksfremlegg`, …). */
  type?: string;
  /** The title; unquoted words after the type are joined with spaces. */
  title?: string;
  malform?: Malform;
  kommune?: string;
  dir?: string;
  strategy?: string;
  help: boolean;
}

/**
 * Parses `npm run new` arguments. An unknown option or målform is reported
 * in `fallback` (the site's målform), since the clerk's own is not known yet.
 */
export function parseNewArgs(argv: readonly string[], fallback: Malform): NewDocumentRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        malform: { type: 'string', short: 'm' },
        målform: { type: 'string' },
        kommune: { type: 'string', short: 'k' },
        dir: { type: 'string', short: 'd' },
        strategi: { type: 'string', short: 's' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // Node's message is English and long; the clerk needs only the option name.
    const message = error instanceof Error ? error.message : String(error);
    const detail = /'(-[^']*)'/.exec(message)?.[1] ?? message;
    throw new NewDocumentError(t(fallback, 'cli.unknownOption', detail), fallback, {
      cause: error,
    });
  }
  const { values, positionals } = parsed;
  const malformWord = values.malform ?? values.målform;
  let malform: Malform | undefined;
  if (malformWord !== undefined) {
    malform = parseMalform(malformWord);
    if (!malform)
      throw new NewDocumentError(t(fallback, 'cli.unknownMalform', malformWord), fallback);
  }
  const [type, ...titleWords] = positionals;
  const title = titleWords.join(' ').trim();
  return {
    ...(type === undefined ? {} : { type }),
    ...(title === '' ? {} : { title }),
    ...(malform === undefined ? {} : { malform }),
    ...(values.kommune === undefined ? {} : { kommune: values.kommune }),
    ...(values.dir === undefined ? {} : { dir: values.dir }),
    ...(values.strategi === undefined ? {} : { strategy: values.strategi }),
    help: values.help ?? false,
  };
}
