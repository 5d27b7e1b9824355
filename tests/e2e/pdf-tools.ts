/**
 * Reading PDFs back with poppler (pdfinfo, pdffonts, pdftotext) and qpdf, the
 * way a person checking an archive copy would: by text and metadata.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

async function run(command: string, args: string[]): Promise<string> {
  const { stdout } = await exec(command, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** `pdfinfo` fields as a record (`Title`, `Tagged`, `Pages`, …). */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const out = await run('pdfinfo', [file]);
  return Object.fromEntries(
    out.split('\n').flatMap((line) => {
      const match = /^([^:]+):\s*(.*)$/.exec(line);
      return match ? [[match[1] ?? '', (match[2] ?? '').trim()]] : [];
    }),
  );
}

/** Width and height in points of every page. */
export async function pageSizes(file: string, pages: number): Promise<{ w: number; h: number }[]> {
  const out = await run('pdfinfo', ['-f', '1', '-l', String(pages), file]);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    w: Number(m[1]),
    h: Number(m[2]),
  }));
}

/** Fonts as `pdffonts` lists them: name and whether embedded. */
export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const lines = (await run('pdffonts', [file])).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type… encoding emb sub uni objectId gen: emb is the 5th column from the end.
    return { name: cols[0] ?? '', embedded: cols.at(-5) === 'yes' };
  });
}

/** Text of a page range in reading order (`pdftotext`), or `-layout` for columns. */
export function pdfText(
  file: string,
  first?: number,
  last?: number,
  layout = false,
): Promise<string> {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return run('pdftotext', [...range, ...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-']);
}

/** Bookmark titles in document order, from `qpdf --json`. */
export async function outlineTitles(file: string): Promise<string[]> {
  type Item = { title: string; kids: Item[] };
  const json = JSON.parse(await run('qpdf', ['--json', '--json-key=outlines', file])) as {
    outlines: Item[];
  };
  const titles: string[] = [];
  const walk = (items: Item[]): void => {
    for (const item of items) {
      titles.push(item.title);
      walk(item.kids);
    }
  };
  walk(json.outlines);
  return titles;
}

/**
 * Letters and digits only, lower case, compatibility-normalised (ligatures
 * such as «ﬁ» become «fi»): what survives line breaks and hyphens at line
 * ends, so texts from Markdown and from pdftotext compare. Soft hyphens
 * (U+00AD) are kept: one in the PDF's text layer is a broken word for
 * search, copy-paste and screen readers, and must make the comparison fail.
 */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\u00AD]+/gu, '');
}
