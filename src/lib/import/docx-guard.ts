import { readFile, stat } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Malform } from '../core/types.ts';
import { t } from '../i18n/index.ts';
import { ImportError } from './errors.ts';

/** How much a .docx may hold before the importer refuses it (tests lower them). */
export interface DocxLimits {
  /** Bytes of the .docx file itself. Default 50 MB. */
  fileBytes: number;
  /** Bytes of all entries once unpacked. Default 200 MB. */
  unpackedBytes: number;
  /** Number of entries in the zip. Default 5000. */
  entries: number;
}

/** The limits a clerk's document gets: far above any real saksframlegg, far below a zip bomb. */
export const DEFAULT_LIMITS: DocxLimits = {
  fileBytes: 50 * 1024 * 1024,
  unpackedBytes: 200 * 1024 * 1024,
  entries: 5000,
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/**
 * Reads a .docx and proves it safe to hand to mammoth: a regular file of
 * bounded size, a zip (not an old .doc or a password-protected file, both
 * OLE), with `word/document.xml`, and whose entries really unpack to no more
 * than the limit. The unpacked sizes are counted while inflating, not taken
 * from the zip's own headers, which a zip bomb may fake.
 */
export async function readDocxSafely(
  path: string,
  malform: Malform,
  limits: DocxLimits = DEFAULT_LIMITS,
): Promise<Buffer> {
  const fail = (key: Parameters<typeof refusal>[0], cause?: unknown): never => {
    throw new ImportError(refusal(key, malform, path), malform, { cause });
  };
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    return fail('missing', error);
  }
  if (!info.isFile()) fail('notFile');
  if (info.size > limits.fileBytes) fail('tooBig');
  const bytes = await readFile(path);
  if (startsWith(bytes, OLE)) fail('ole');
  if (!startsWith(bytes, ZIP)) fail('notDocx');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    return fail('notDocx', error);
  }
  const files = Object.values(zip.files).filter((f) => !f.dir);
  if (files.length > limits.entries) fail('bomb');
  if (!zip.file('word/document.xml')) fail('notDocx');
  let total = 0;
  for (const file of files) {
    try {
      await new Promise<void>((resolve, reject) => {
        const stream = file.nodeStream('nodebuffer');
        stream
          .on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > limits.unpackedBytes) {
              stream.pause();
              reject(new Error('unpacked size over the limit'));
            }
          })
          .on('error', reject)
          .on('end', () => resolve());
      });
    } catch (error) {
      return fail(total > limits.unpackedBytes ? 'bomb' : 'notDocx', error);
    }
  }
  return bytes;
}

type RefusalKey = 'missing' | 'notFile' | 'tooBig' | 'ole' | 'notDocx' | 'bomb';

function refusal(key: RefusalKey, malform: Malform, path: string): string {
  return t(malform, `import.${key}`, path);
}
