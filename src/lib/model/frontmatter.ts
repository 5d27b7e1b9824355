/** A Markdown source split into its frontmatter and body. */
export type SplitSource =
  | { kind: 'empty' }
  | { kind: 'none' }
  /** `+++` fenced TOML frontmatter, which Planverk does not read. */
  | { kind: 'toml' }
  | { kind: 'unclosed' }
  | {
      kind: 'ok';
      /** The YAML text between the fences. */
      yaml: string;
      /** 1-based line of the file where the YAML starts (after `---`). */
      yamlLine: number;
      body: string;
      /** 1-based line of the file where the body starts. */
      bodyLine: number;
    };

/**
 * Splits `---` fenced frontmatter from the body. Removes a byte-order mark
 * and turns CRLF into LF first, so files saved by Word or Notepad read the
 * same as any other. Blank lines before the first `---` are allowed: they
 * are unambiguous, and editors add them.
 */
export function splitFrontmatter(text: string): SplitSource {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return { kind: 'empty' };
  const lines = clean.split('\n');
  const start = lines.findIndex((line) => line.trim() !== '');
  const first = lines[start] ?? '';
  if (/^\+\+\+[ \t]*$/.test(first)) return { kind: 'toml' };
  if (!/^---[ \t]*$/.test(first)) return { kind: 'none' };
  const end = lines.findIndex((line, i) => i > start && /^(---|\.\.\.)[ \t]*$/.test(line));
  if (end === -1) return { kind: 'unclosed' };
  return {
    kind: 'ok',
    yaml: lines.slice(start + 1, end).join('\n'),
    yamlLine: start + 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
