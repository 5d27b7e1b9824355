import { isLanguageRule } from '../markdown/language-rules.ts';
import { t } from '../i18n/index.ts';
import type { Problem } from '../model/problems.ts';

/**
 * Drops the language-check warnings a document (`språkvask: { av: […] }`)
 * or the site (`languageChecks.off` in planverk.config.ts) turned off, and
 * tells the clerk, at the end of each one kept, how to turn it off. Only
 * the language and structure rules can be silenced; errors never.
 */
export function silenceLanguageRules(
  problems: readonly Problem[],
  documentOff: readonly string[],
  siteOff: readonly string[],
): Problem[] {
  const off = new Set([...documentOff, ...siteOff]);
  return problems.flatMap((p) => {
    if (!isLanguageRule(p.ruleId)) return [p];
    if (off.has(p.ruleId)) return [];
    return [{ ...p, message: p.message + t(p.malform, 'language.silence', p.ruleId) }];
  });
}
