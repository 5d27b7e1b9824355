/**
 * Turning a language check off (issue 15): `språkvask: { av: [...] }` in a
 * document and `languageChecks.off` for the site drop only those warnings;
 * errors and other rules stay, and each kept warning says how to turn it off.
 */
import { describe, expect, it } from 'vitest';
import { silenceLanguageRules } from '../../../src/lib/check/silence.ts';
import type { Problem } from '../../../src/lib/model/problems.ts';

const problem = (ruleId: string, severity: Problem['severity'] = 'warning'): Problem => ({
  file: 'content/tysnes/plan.md',
  line: 12,
  ruleId,
  severity,
  message: 'Melding.',
  malform: 'nn',
});

describe('silenceLanguageRules', () => {
  it('drops the rules the document and the site turn off, and nothing else', () => {
    const kept = silenceLanguageRules(
      [
        problem('setning-lang'),
        problem('malform-ord'),
        problem('forkorting'),
        problem('link-missing', 'error'),
      ],
      ['setning-lang'],
      ['forkorting'],
    );
    expect(kept.map((p) => p.ruleId)).toEqual(['malform-ord', 'link-missing']);
  });

  it('says in the målform how to turn a kept language rule off; other problems are unchanged', () => {
    const [language, error] = silenceLanguageRules(
      [problem('malform-ord'), problem('link-missing', 'error')],
      [],
      [],
    );
    expect(language?.message).toBe(
      'Melding. (Er det med vilje? Skriv språkvask: { av: [malform-ord] } i frontmatter.)',
    );
    expect(error?.message).toBe('Melding.');
  });
});
