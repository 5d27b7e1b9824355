import { parseArgs } from 'node:util';
import type { Malform } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { lookup } from '../model/lookup.ts';
import { MALFORMER } from '../model/vocabulary.ts';
import { ImportError } from './errors.ts';

/** What the clerk asked `npm run import` for, before it is resolved. */
export interface ImportRequest {
  /** The .docx to read. */
  file?: string;
  type?: string;
  kommune?: string;
  malform?: Malform;
  /** `--ut`/`--out`: where to write the Markdown instead of content/<kommune>/<slug>.md. */
  out?: string;
  help: boolean;
}

/** Parses `npm run import` arguments; a bad option is reported in `fallback`, the site's målform. */
export function parseImportArgs(argv: readonly string[], fallback: Malform): ImportRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        type: { type: 'string', short: 't' },
        kommune: { type: 'string', short: 'k' },
        malform: { type: 'string', short: 'm' },
        målform: { type: 'string' },
        ut: { type: 'string', short: 'o' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const detail = /'(-[^']*)'/.exec(message)?.[1] ?? message;
    throw new ImportError(t(fallback, 'import.unknownOption', detail), fallback, { cause: error });
  }
  const { values, positionals } = parsed;
  const word = values.malform ?? values.målform;
  const malform = word === undefined ? undefined : lookup(MALFORMER, word)?.name;
  if (word !== undefined && !malform)
    throw new ImportError(t(fallback, 'cli.unknownMalform', word), fallback);
  const out = values.ut ?? values.out;
  return {
    ...(positionals[0] === undefined ? {} : { file: positionals.join(' ') }),
    ...(values.type === undefined ? {} : { type: values.type }),
    ...(values.kommune === undefined ? {} : { kommune: values.kommune }),
    ...(malform === undefined ? {} : { malform }),
    ...(out === undefined ? {} : { out }),
    help: values.help ?? false,
  };
}
