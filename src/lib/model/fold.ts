/**
 * Folds a key or enum value to the form the vocabulary compares: lower case,
 * æ→ae, ø→o, å→a, and the ASCII fallbacks `aa`→`a`, `oe`→`o`, without
 * spaces, hyphens or underscores. So `Høyringsfrist`, `hoyringsfrist` and
 * `hoeyringsfrist` all fold to `hoyringsfrist`.
 */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[æä]/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/[\s_-]+/g, '');
}
