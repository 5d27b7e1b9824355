/**
 * The one escaper for XML text and attribute values (Atom feeds, sitemap).
 * It also drops the characters XML 1.0 forbids (see unsafe-chars.ts): an
 * escaped `&#x1B;` would still be a fatal error for every feed reader.
 */
import { publishable } from './unsafe-chars.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a quoted attribute, whatever it held. */
export function xmlEscape(text: string): string {
  return publishable(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
