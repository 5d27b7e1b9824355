/**
 * The rule ids of the language and structure checks of a body (issue 15),
 * as a clerk writes them to turn one off (`språkvask: { av: [setning-lang] }`)
 * and an operator in planverk.config.ts (`languageChecks.off`). The checks
 * live in src/lib/markdown (remark-*-check.ts, remark-klarsprak.ts); the
 * ids sit here so the frontmatter and config schemas can list them.
 */
export const LANGUAGE_RULE_IDS = [
  'malform-ord',
  'setning-lang',
  'avsnitt-langt',
  'forkorting',
  'lenketekst',
  'overskrift-hopp',
  'overskrift-tom',
  'tabell-celler',
] as const;

/** One rule id of {@link LANGUAGE_RULE_IDS}. */
export type LanguageRuleId = (typeof LANGUAGE_RULE_IDS)[number];
