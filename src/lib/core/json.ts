/**
 * JSON for published files (dokument.json, dokument.schema.json). Strings go
 * through `publishable`, so no control character or lone surrogate is
 * written: JSON.stringify escapes a lone surrogate as `\udc00`, which is
 * valid JSON syntax but breaks strict readers (RFC 8259 §8.2).
 */
import { publishable } from './unsafe-chars.ts';

/** Like `JSON.stringify(value, null, space)`, with every string made publishable. */
export function publishableJson(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'string' ? publishable(v) : v),
    space,
  );
}
