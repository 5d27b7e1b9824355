/**
 * Reading PDFs with poppler and qpdf, the tools a person checking an archive
 * copy would use. Cross-checks only (see system-tools.ts): the tests' own
 * reading is in pdf-read.ts.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

async function run(command: string, args: string[]): Promise<string> {
  const { stdout } = await exec(command, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** `pdfinfo` fields as a record (`Title`, `Tagged`, `Pages`, …). */
export async function popplerInfo(file: string): Promise<Record<string, string>> {
  const out = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1] ?? '', (match[2] ?? '').trim()]] : [];
    }),
  );
}

/** Fonts as `pdffonts` lists them: name and whether embedded. */
export async function popplerFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const lines = (await run('pdffonts', [file])).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type… encoding emb sub uni objectId gen: emb is the 5th column from the end.
    return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
  });
}

/** The whole text in reading order (`pdftotext`). */
export function popplerText(file: string): Promise<string> {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

/** `qpdf --check`: resolves with its report, rejects when qpdf finds the file damaged. */
export function qpdfCheck(file: string): Promise<string> {
  return run('qpdf', ['--check', file]);
}
