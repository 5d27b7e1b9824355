import type { Malform } from '../model/types.ts';

/**
 * A problem `npm run new` reports to the clerk and exits 1 on. The message
 * is already in the clerk's målform; `malform` says which.
 */
export class NewDocumentError extends Error {
  override name = 'NewDocumentError';
  readonly malform: Malform;

  constructor(message: string, malform: Malform, options?: { cause?: unknown }) {
    super(message, options);
    this.malform = malform;
  }
}
