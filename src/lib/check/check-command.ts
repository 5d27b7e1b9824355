import { t } from '../i18n/index.ts';
import { parseArgs } from 'node:util';
import type { SiteConfig } from '../config/schema.ts';
import { validateContent } from './validate-content.ts';
import { formatProblems } from '../model/problems.ts';

/** Where the check command writes; injectable for tests. */
export interface CheckIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Usage text of `npm run check` (for developers, in English). */
export const CHECK_USAGE = `Usage: npm run check -- [--dir <content folder>] [--json]

Checks every document under the content folder (drafts included) and prints
every problem. Exit code 1 when there is an error, 0 otherwise.

  --dir <path>   content folder relative to the project root (default: content)
  --json         print {checked, errors, warnings, problems} as JSON`;

/** The line printed when no errors were found, in the site's målform. */
export function summaryLine(checked: number, warnings: number, malform: 'nb' | 'nn'): string {
  return t(malform, 'check.summary', checked, warnings);
}

/**
 * Runs the checker: parses arguments, validates the content folder with
 * drafts checked but treated as unpublished (so a draft leak is an error),
 * prints, and returns the exit code.
 */
export async function runCheck(
  argv: string[],
  root: string,
  config: SiteConfig,
  io: CheckIo,
): Promise<number> {
  let values: { dir?: string; json?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${CHECK_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(CHECK_USAGE);
    return 0;
  }
  const { problems, checked } = await validateContent({
    root,
    contentDir: values.dir ?? 'content',
    includeDrafts: false,
    config,
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (values.json) {
    io.out(JSON.stringify({ checked, errors, warnings, problems }, null, 2));
  } else {
    if (problems.length > 0) io.out(formatProblems(problems, config.defaultMalform));
    if (errors === 0) io.out(summaryLine(checked, warnings, config.defaultMalform));
  }
  return errors > 0 ? 1 : 0;
}
