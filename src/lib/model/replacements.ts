import type { CheckedFile } from './checked-file.ts';
import { findingAt } from './zod-problems.ts';

/**
 * Checks `erstatter` across documents: a chain that comes back to where it
 * started (a → b → a) has no newest document, and a document replaced by two
 * others would get two «replaced by» banners. Both are reported on every
 * document involved, at its `erstatter` line.
 */
export function checkReplacements(files: readonly CheckedFile[]): void {
  const replaces = new Map<string, CheckedFile>();
  const byTarget = new Map<string, CheckedFile>();
  for (const file of files) {
    const ref = file.references.find((r) => r.kind === 'replaces');
    if (!ref || ref.target === file.id) continue;
    replaces.set(file.id, file);
    const first = byTarget.get(ref.target);
    if (first) {
      const args = { value: ref.target, detail: first.id };
      file.findings.push(findingAt(file.index, ref.path, file.malform, 'erstatter-dobbel', args));
    } else byTarget.set(ref.target, file);
  }
  const target = (file: CheckedFile): string | undefined =>
    file.references.find((r) => r.kind === 'replaces')?.target;
  for (const file of replaces.values()) {
    const chain = [file.id];
    let next = target(file);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      const nextFile = replaces.get(next);
      next = nextFile ? target(nextFile) : undefined;
    }
    if (next !== file.id) continue;
    const detail = [...chain, file.id].map((id) => `«${id}»`).join(' → ');
    file.findings.push(
      findingAt(file.index, ['replaces'], file.malform, 'erstatter-ring', { detail }),
    );
  }
}
