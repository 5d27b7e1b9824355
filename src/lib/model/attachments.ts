import { posix } from 'node:path';
import { extensionOf } from '../core/file-name.ts';
import type { FileVerdict } from '../files/file-safety.ts';

/** Result of resolving one `vedlegg[].fil`. */
export type AttachmentResult =
  | {
      ok: true;
      file: string;
      bytes: number;
      ext: string;
      /** Whether it may be published (type and content); absent when only the name was judged. */
      verdict?: FileVerdict;
    }
  | { ok: false; reason: 'outside' | 'missing' | 'folder'; file?: string };

/**
 * Checks an attachment against the file system (or a test double). `file`
 * is already inside content/ by {@link attachmentPath}; the resolver checks
 * that it exists and, following symlinks, still lies inside content/.
 */
export type AttachmentResolver = (file: string) => AttachmentResult;

/**
 * The content-relative POSIX path of `fil`, written relative to the
 * document at `docPath`; undefined when it is absolute or climbs out of
 * content/ (`../../etc/passwd`, `/etc/passwd`, `C:\…`).
 */
export function attachmentPath(docPath: string, fil: string): string | undefined {
  const written = fil.trim().replace(/\\/g, '/');
  if (written.startsWith('/') || /^[a-zA-Z]:/.test(written) || /^[a-z]+:\/\//i.test(written))
    return undefined;
  const joined = posix.normalize(posix.join(posix.dirname(docPath), written));
  if (joined === '..' || joined.startsWith('../') || joined === '.') return undefined;
  return joined.normalize('NFC');
}

/** A resolver over an in-memory list of files (path → bytes), for tests and pure validation. */
export function memoryResolver(files: Readonly<Record<string, number>>): AttachmentResolver {
  return (file) => {
    const bytes = files[file];
    return bytes === undefined
      ? { ok: false, reason: 'missing', file }
      : { ok: true, file, bytes, ext: extensionOf(file) };
  };
}
