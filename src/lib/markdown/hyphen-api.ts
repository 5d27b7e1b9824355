/** The part of the `hyphen` package's language module the pipeline uses. */
export interface HyphenApi {
  /** Inserts `hyphenChar` (default U+00AD) at every hyphenation point of `text`. */
  hyphenateSync(
    text: string,
    options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] },
  ): string;
}
