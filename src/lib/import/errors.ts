import type { Malform } from '../core/types.ts';

/**
 * A problem `npm run import` reports to the clerk and exits 1 on. The
 * message is already in the clerk's målform; `malform` says which.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  readonly malform: Malform;

  constructor(message: string, malform: Malform, options?: { cause?: unknown }) {
    super(message, options);
    this.malform = malform;
  }
}
