/** File names read as documents: `.md` and `.markdown`, in any case. */
export const MARKDOWN = /\.(?:md|markdown)$/i;

/** Document id of a content-relative path: POSIX, NFC, without `.md`/`.markdown`. */
export function documentId(path: string): string {
  return path.replace(/\\/g, '/').normalize('NFC').replace(MARKDOWN, '');
}
