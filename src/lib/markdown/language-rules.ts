import { LANGUAGE_RULE_IDS, type LanguageRuleId } from '../core/language-rules.ts';

/**
 * Rule ids of the language and structure checks (issue 15). All are
 * warnings: the build still publishes; `npm run check` and the dev page list
 * them. A document turns rules off with `språkvask: { av: [regel] }` in its
 * frontmatter, the site with `languageChecks.off` in planverk.config.ts.
 */
export const LANGUAGE_RULES = {
  otherMalform: 'planverk:malform-ord',
  sentenceLong: 'planverk:setning-lang',
  paragraphLong: 'planverk:avsnitt-langt',
  abbreviation: 'planverk:forkorting',
  linkText: 'planverk:lenketekst',
  headingSkip: 'planverk:overskrift-hopp',
  headingEmpty: 'planverk:overskrift-tom',
  tableCells: 'planverk:tabell-celler',
} as const satisfies Record<string, `planverk:${LanguageRuleId}`>;

/** True for a problem rule id (prefix removed) that `språkvask`/`languageChecks` may turn off. */
export function isLanguageRule(ruleId: string): ruleId is LanguageRuleId {
  return (LANGUAGE_RULE_IDS as readonly string[]).includes(ruleId);
}

/** Klarspråk limits (Språkrådet: «skriv korte setningar», about 15–20 words on average). */
export const LIMITS = {
  /** Words in a sentence before it is reported. */
  sentenceWords: 30,
  /** Words in a paragraph before it is reported. */
  paragraphWords: 150,
} as const;
