import { isAbsolute, join } from 'node:path';
import { slugify } from '../core/slug.ts';

/** Inputs of {@link targetPath}; folders are absolute paths. */
export interface TargetOptions {
  /** Absolute path of `content/`. */
  contentDir: string;
  title: string;
  /** ISO date; its year prefixes the file name. */
  date: string;
  kommune: readonly string[];
  /** `--dir`: a folder under `content/`, or an absolute path. */
  dir?: string;
}

/**
 * The path of a new document: `content/<kommune>/<yyyy>-<slug>.md`, with the
 * kommune folder and the slug transliterated (æ→ae, ø→o, å→a) the way URLs
 * are, so `Årdal, Lærdal` and «Økonomiplan» give `ardal-laerdal/2026-okonomiplan.md`.
 * Returns undefined when the title has no letters or digits to slug.
 */
export function targetPath(options: TargetOptions): string | undefined {
  const slug = slugify(options.title);
  if (slug === '') return undefined;
  const folder =
    options.dir === undefined
      ? join(options.contentDir, slugify(options.kommune.join(' ')))
      : isAbsolute(options.dir)
        ? options.dir
        : join(options.contentDir, options.dir);
  return join(folder, `${options.date.slice(0, 4)}-${slug}.md`);
}
