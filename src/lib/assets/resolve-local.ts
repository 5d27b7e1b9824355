import { readdirSync } from 'node:fs';
import path from 'node:path';
import { attachmentPath } from '../model/attachments.ts';
import { judgeName, type FileVerdict } from '../files/file-safety.ts';
import { nearest } from '../core/distance.ts';
import { fsAttachmentResolver } from '../content/load.ts';

/** A relative URL from a document body, split and decoded. */
export interface LocalUrl {
  /** The path part, percent-decoded and NFC (`../tysnes/plan x.md`). */
  path: string;
  /** The fragment without `#`, decoded (`vurdering`), or undefined. */
  hash?: string;
}

/** Where a relative path from a document leads inside content/. */
export type LocalFile =
  | { ok: true; file: string; source: string; verdict: FileVerdict }
  | { ok: false; reason: 'outside'; file?: undefined }
  | { ok: false; reason: 'missing'; file: string; suggestion?: string };

/**
 * True for a URL the body plugins resolve: relative, with no scheme, not
 * protocol-relative, not site-absolute (`/dokument/…` is left alone) and not
 * only a fragment or query.
 */
export function isRelativeUrl(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/\\]/.test(url) && !/^[#?]/.test(url);
}

/** Splits and decodes a relative URL (`plan%20x.md#vurdering`); a bad escape is kept as written. */
export function parseLocalUrl(url: string): LocalUrl {
  const hashAt = url.indexOf('#');
  const rawPath = (hashAt < 0 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
  const rawHash = hashAt < 0 ? undefined : url.slice(hashAt + 1);
  const local: LocalUrl = { path: decode(rawPath).normalize('NFC') };
  if (rawHash) local.hash = decode(rawHash).normalize('NFC');
  return local;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const resolvers = new Map<string, ReturnType<typeof fsAttachmentResolver>>();

/**
 * Resolves `written` (a decoded relative path) from the document `docId`
 * against the content folder: it must stay inside content/, also after
 * following symlinks, and be an existing file; `verdict` says whether its
 * type and content may be published (file-safety.ts). A missing file gets the
 * nearest file name in its folder as a suggestion (`figur-1.PNG` for `figur-1.png`).
 */
export function resolveLocalFile(contentDir: string, docId: string, written: string): LocalFile {
  const file = attachmentPath(`${docId}.md`, written);
  if (file === undefined) return { ok: false, reason: 'outside' };
  const contentAbs = path.resolve(contentDir);
  let resolve = resolvers.get(contentAbs);
  if (!resolve) {
    resolve = fsAttachmentResolver(contentAbs);
    resolvers.set(contentAbs, resolve);
  }
  const result = resolve(file);
  if (result.ok)
    return {
      ok: true,
      file,
      source: path.join(contentAbs, file),
      verdict: result.verdict ?? judgeName(file),
    };
  if (result.reason === 'outside') return { ok: false, reason: 'outside' };
  const suggestion = nearbyName(contentAbs, file);
  return suggestion === undefined
    ? { ok: false, reason: 'missing', file }
    : { ok: false, reason: 'missing', file, suggestion };
}

/** The name of the file in the same folder whose name is closest, if any. */
function nearbyName(contentAbs: string, file: string): string | undefined {
  const dir = path.posix.dirname(file);
  let names: string[];
  try {
    names = readdirSync(path.join(contentAbs, dir)).map((n) => n.normalize('NFC'));
  } catch {
    return undefined;
  }
  const base = path.posix.basename(file).toLowerCase();
  const hit = nearest(
    base,
    names.map((n) => [n.toLowerCase(), n] as const),
  );
  return hit;
}
