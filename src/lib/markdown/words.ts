import type { Malform } from '../model/types.ts';

/** The few words the Markdown pipeline writes into a page, in bokmål and nynorsk. */
export interface PipelineWords {
  /** Heading of the footnote section. */
  footnotes: string;
  /** aria-label of a footnote's back link; `n` is the footnote number, `k` the k-th reference (1-based). */
  backToReference: (n: number, k: number) => string;
  /** First word of the accessible name of a table's scroll box. */
  table: string;
}

/** Interface words per målform; kept here so the pipeline does not depend on the site's i18n. */
export const WORDS: Record<Malform, PipelineWords> = {
  nb: {
    footnotes: 'Fotnoter',
    backToReference: (n, k) => `Tilbake til henvisning ${k > 1 ? `${n}-${k}` : n}`,
    table: 'Tabell',
  },
  nn: {
    footnotes: 'Fotnotar',
    backToReference: (n, k) => `Tilbake til tilvising ${k > 1 ? `${n}-${k}` : n}`,
    table: 'Tabell',
  },
};
