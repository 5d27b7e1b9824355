import type { CheckedFile } from './checked-file.ts';
import { nearest } from '../core/distance.ts';
import { fold } from './fold.ts';
import { spellName } from './lookup.ts';
import { DOC_TYPES } from './vocabulary.ts';
import { pathKey } from './translate.ts';
import { findingAt, missingField } from './zod-problems.ts';
export { checkReplacements } from './replacements.ts';

/**
 * Resolves references across documents and reports, on the referring file,
 * every one that does not resolve (naming the target). Also:
 * - a published document may not point at a draft (`referanse-utkast`),
 *   since the draft's id and title would leak into the production build;
 *   with `includeDrafts` (a preview build) this is a warning;
 * - a tiltak's `satsingsområde` must be an id in this document or in its
 *   `strategi` document, and `strategi` is required only when the document
 *   has no satsingsområde of its own but its tiltak name one;
 * - `erstatter` fills `replacedBy` on the target, and each tiltak's
 *   `focusAreaDoc` is filled in.
 */
export function resolveReferences(files: readonly CheckedFile[], includeDrafts: boolean): void {
  const byId = new Map(files.map((f) => [f.id, f]));
  const ids = [...byId.keys()];
  for (const file of files) {
    const { index, malform, findings } = file;
    const published = file.status !== undefined && file.status !== 'utkast';
    let strategy: CheckedFile | undefined;
    let strategyBroken = false;
    for (const ref of file.references) {
      if (ref.target === file.id) {
        findings.push(findingAt(index, ref.path, malform, 'referanse-seg-sjolv', {}));
        continue;
      }
      const target = byId.get(ref.target);
      if (!target) {
        const near = nearest(
          fold(ref.target),
          ids.map((id) => [fold(id), id] as const),
        );
        const args = { value: ref.target, ...(near ? { suggestion: near } : {}) };
        findings.push(findingAt(index, ref.path, malform, 'referanse-ukjent', args, near));
        if (ref.kind === 'strategy') strategyBroken = true;
        continue;
      }
      if (published && target.status === 'utkast') {
        const finding = findingAt(index, ref.path, malform, 'referanse-utkast', {
          value: target.id,
        });
        findings.push(includeDrafts ? { ...finding, severity: 'warning' } : finding);
      }
      if (ref.kind === 'strategy') {
        strategy = target;
        // A plan with satsingsområde may serve as the strategy; a notat cannot.
        if (
          target.type !== undefined &&
          target.type !== 'strategi' &&
          target.focusAreaIds.length === 0
        ) {
          const args = { value: target.id, detail: spellName(DOC_TYPES, target.type, malform) };
          findings.push(findingAt(index, ref.path, malform, 'strategi-type', args));
          strategyBroken = true;
        }
      }
      if (ref.kind === 'replaces' && target.doc && file.doc && (includeDrafts || published)) {
        target.doc.replacedBy = file.id;
      }
    }
    if (strategyBroken) continue; // Every tiltak would fail too; the strategi error says it all.
    const own = new Set(file.focusAreaIds);
    // A plan with its own satsingsområde needs no strategi; one whose tiltak
    // name areas it does not have, and has none, needs it (one finding, not one per tiltak).
    if (!strategy && own.size === 0 && file.actionRefs.length > 0) {
      // Reported where the first tiltak names its area: that line is why it is needed.
      const first = file.actionRefs[0];
      const at = first && index.get(pathKey(['actionPlan', first.index, 'focusArea']));
      const finding = missingField(index, ['strategy'], malform, { because: 'tiltak' });
      findings.push(at ? { ...finding, pos: at.pos } : finding);
      continue;
    }
    const theirs = new Set(strategy?.focusAreaIds ?? []);
    for (const { focusArea, index: i } of file.actionRefs) {
      const where = own.has(focusArea) ? file.id : theirs.has(focusArea) ? strategy?.id : undefined;
      const item = file.doc?.actionPlan[i];
      if (where) {
        if (item) item.focusAreaDoc = where;
        continue;
      }
      const known = [...own, ...theirs];
      const near = nearest(
        fold(focusArea),
        known.map((id) => [fold(id), id] as const),
      );
      const detail = strategy ? `dette dokumentet eller i «${strategy.id}»` : 'dette dokumentet';
      const args = {
        value: focusArea,
        detail,
        allowed: known,
        ...(near ? { suggestion: near } : {}),
      };
      findings.push(
        findingAt(
          index,
          ['actionPlan', i, 'focusArea'],
          malform,
          'satsingsomrade-ukjent',
          args,
          near,
        ),
      );
    }
  }
}
