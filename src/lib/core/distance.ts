/**
 * Optimal-string-alignment distance (Damerau–Levenshtein with adjacent
 * transpositions): the number of single-letter edits from `a` to `b`.
 * `titel` → `tittel` is 1, `tittle` → `tittel` is 1.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      (d[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate closest to `word`, or undefined when none is close enough to
 * be a plausible typo (at most a third of the word's letters, minimum 2).
 * Candidates are `[comparable form, value to return]` pairs.
 */
export function nearest<T>(
  word: string,
  candidates: Iterable<readonly [string, T]>,
): T | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [form, value] of candidates) {
    const distance = editDistance(word, form);
    if (distance < bestDistance) {
      best = value;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
