/** Where a document's social card is published: `/bilde/<slug>.png`. */
import type { Slugged } from './urls.ts';

/** Card size required by Open Graph and Twitter/X large summary cards. */
export const CARD_WIDTH = 1200;
/** Card height (1.91:1). */
export const CARD_HEIGHT = 630;

/** The card URL of a document, relative to the site root. */
export function cardUrl(doc: Slugged): string {
  return `/bilde/${doc.slug}.png`;
}
