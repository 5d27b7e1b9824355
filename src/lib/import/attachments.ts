import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { slugify } from '../core/slug.ts';
import { publishableType } from '../files/file-types.ts';
import { contentFits, sniff } from '../files/sniff.ts';

/** A vedlegg named in the Word document and found as a file beside it. */
export interface FoundAttachment {
  /** The link text: the name as the document gave it, without the extension. */
  title: string;
  /** Where it goes, relative to the imported document: `vedlegg/<slug>.<ext>`. */
  file: string;
  bytes: Buffer;
}

/**
 * Looks for each vedlegg the document lists («Kartskisse.pdf») as a file in
 * the .docx's own folder, by name, ignoring case. Only a plain file name is
 * looked up (nothing with a slash or `..`), and only a file of a publishable
 * type whose bytes are what its extension says is taken; the rest stays for
 * the clerk. The copy gets a slug name, as every published file does.
 */
export async function findAttachments(
  docx: string,
  names: readonly string[],
): Promise<{ found: FoundAttachment[]; missing: string[] }> {
  const folder = dirname(docx);
  const files = await readdir(folder, { withFileTypes: true }).catch(() => []);
  const byName = new Map(
    files
      .filter((f) => f.isFile())
      .map((f) => [f.name.normalize('NFC').toLowerCase(), f.name] as const),
  );
  const found: FoundAttachment[] = [];
  const missing: string[] = [];
  for (const name of names) {
    const plain = !/[/\\]|\.\./.test(name);
    const real = plain ? byName.get(name.normalize('NFC').toLowerCase()) : undefined;
    const type = real ? publishableType(real) : undefined;
    const bytes = real && type ? await readFile(join(folder, real)) : undefined;
    if (!real || !type || !bytes || !contentFits(type.content, sniff(new Uint8Array(bytes)))) {
      missing.push(name);
      continue;
    }
    const title = name.replace(/\.[^.]+$/, '');
    found.push({ title, file: `vedlegg/${slugify(title)}.${type.ext}`, bytes });
  }
  return { found, missing };
}
