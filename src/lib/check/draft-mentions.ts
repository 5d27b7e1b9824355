import type { Problem } from '../model/problems.ts';
import type { PlanDocument } from '../model/types.ts';
import { decodeText, draftNeedles, findNeedles } from '../assets/draft-needles.ts';
import { problemMessage } from '../i18n/problems.ts';

/**
 * Lines of a published document's source that name a draft the way the
 * build's draft gate would find it in the output (its page URL in any form,
 * its files, its card, its id) without being a link or image, which the
 * body plugins report already (`skip`: those lines). A code span with the
 * draft's address would otherwise pass the check and stop the build.
 * YAML comments in the frontmatter are never published and are skipped.
 */
export function draftMentions(
  doc: Pick<PlanDocument, 'sourcePath' | 'malform'>,
  source: string,
  drafts: readonly Pick<PlanDocument, 'id' | 'slug'>[],
  published: readonly Pick<PlanDocument, 'id' | 'slug'>[],
  skip: ReadonlySet<number>,
): Problem[] {
  return draftMentionFinder(drafts, published)(doc, source, skip);
}

/**
 * {@link draftMentions} with the drafts' needles made once, for checking
 * every document of a site against the same drafts.
 */
export function draftMentionFinder(
  drafts: readonly Pick<PlanDocument, 'id' | 'slug'>[],
  published: readonly Pick<PlanDocument, 'id' | 'slug'>[],
): (
  doc: Pick<PlanDocument, 'sourcePath' | 'malform'>,
  source: string,
  skip: ReadonlySet<number>,
) => Problem[] {
  if (drafts.length === 0) return () => [];
  const { needles, excuses } = draftNeedles(drafts, published);
  return (doc, source, skip) => {
    const problems: Problem[] = [];
    let fences = 0;
    source.split(/\r?\n/).forEach((line, i) => {
      if (fences < 2 && line.trim() === '---') fences++;
      const inFrontmatter = fences === 1;
      if (skip.has(i + 1) || (inFrontmatter && /^\s*#/.test(line))) return;
      for (const value of findNeedles(decodeText(line), needles, excuses)) {
        const draft = drafts.find((d) => value.includes(d.slug) || value === d.id.normalize('NFC'));
        problems.push({
          file: doc.sourcePath,
          line: i + 1,
          ruleId: 'utkast-nemnt',
          severity: 'error',
          message: problemMessage('utkast-nemnt', doc.malform, {
            value,
            detail: draft?.id ?? value,
          }),
          malform: doc.malform,
        });
      }
    });
    return problems;
  };
}
