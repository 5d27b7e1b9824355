import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap grow past what the last full GC kept alive, in
 * per cent. V8's own factor, when a program allocates fast, is up to 4×
 * (300 %): a build's content phase makes a great deal of short-lived
 * garbage (Markdown trees, HTML strings) on top of a live set that grows
 * with the corpus, so the heap, and the RSS with it, reached 2.6× what was
 * alive (issue 11: 5,000 documents, 2.1 GB of heap for 0.8 GB alive, peak
 * RSS 5.3 GB). At 50 % a 1,000-document content phase peaked at 0.59 GB of
 * RSS instead of 1.12 GB, with no more CPU (the collections are smaller).
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Caps the heap's growth between collections (see {@link HEAP_GROWING_PERCENT})
 * for this process and the worker threads it starts. Called first thing by
 * the CLIs that read a whole corpus (`npm run build`, `npm run check`); V8
 * reads the flag at every collection, so setting it at start-up is enough.
 * Only when and how often the collector runs changes, never a result.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
