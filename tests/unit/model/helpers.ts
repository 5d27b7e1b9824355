import { formatProblems, type Problem } from '../../../src/lib/model/problems.ts';
import {
  validateSources,
  type Source,
  type ValidateOptions,
} from '../../../src/lib/model/validate.ts';

/** The site's kommuner and default målform as in planverk.config.ts. */
export const CONFIG: ValidateOptions['config'] = {
  defaultMalform: 'nn',
  kommuner: [{ name: 'Årdal' }, { name: 'Lærdal' }, { name: 'Tysnes' }, { name: 'Levanger' }],
};

/** A valid nn document's frontmatter lines, to which a test adds or overrides. */
export function doc(lines: string, body = '\nBrødtekst.\n'): string {
  return `---\ntittel: Test\ntype: plan\nstatus: vedteken\ndato: 2024-01-01\n${lines}---\n${body}`;
}

/** Checks sources in memory with the project's config. */
export function check(
  sources: Source[] | Record<string, string>,
  options: Partial<ValidateOptions> = {},
) {
  const list = Array.isArray(sources)
    ? sources
    : Object.entries(sources).map(([path, text]) => ({ path, text }));
  return validateSources(list, { config: CONFIG, ...options });
}

/** Rule ids of the problems, in order. */
export const rules = (problems: Problem[]): string[] => problems.map((p) => p.ruleId);

/** Formatted problems, for inline snapshots. */
export const formatted = (problems: Problem[]): string => formatProblems(problems);
