import type { Root, RootContent } from 'hast';
import { createRequire } from 'node:module';
import type { VFile } from 'vfile';
import type { Malform } from '../model/types.ts';
import type { HyphenApi } from './hyphen-api.ts';
import { documentMalform } from './malform.ts';

/** Options of rehype-soft-hyphens. */
export interface Options {
  /** Patterns to use when the document does not say (default `'nb'`). */
  malform?: Malform;
  /** Words shorter than this many letters are left whole (default `6`). */
  minWordLength?: number;
  /** Elements whose text is never hyphenated (default: code, links, headings, th, caption). */
  skipTags?: readonly string[];
}

/** The soft hyphen, U+00AD: invisible unless the line breaks there. */
export const SOFT_HYPHEN = '\u00AD';

/**
 * Besides code and links: headings, table header cells and captions, which
 * the print layout never hyphenates («øko-nomi» in a heading reads badly and
 * a header cell names a column); they wrap at spaces only.
 */
const DEFAULT_SKIP = [
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'a',
  'script',
  'style',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'th',
  'caption',
];
const patterns: Partial<Record<Malform, Promise<HyphenApi>>> = {};
const require = createRequire(import.meta.url);

/**
 * Loads the bokmål or nynorsk patterns once (each module is ~0.5 MB, so only
 * on demand). With Node's require, not `import()`: the dev server's
 * integration validates content from a module Vite loaded for the config,
 * whose module runner is closed by then, so a dynamic import there fails
 * («Vite module runner has been closed»). `hyphen` is CommonJS.
 */
function loadPatterns(malform: Malform): Promise<HyphenApi> {
  patterns[malform] ??= Promise.resolve(
    require(malform === 'nn' ? 'hyphen/nn/index.js' : 'hyphen/nb/index.js') as HyphenApi,
  );
  return patterns[malform];
}

/**
 * Inserts soft hyphens into the words of text nodes, from the Norwegian
 * TeX patterns of the document's målform, because Chromium on Linux ships
 * no hyphenation dictionaries and `hyphens: auto` does nothing there
 * (stack.md). For print only: soft hyphens would break search and copied
 * text on the website. Skips code and links, words with digits, URLs and
 * e-mail addresses, acronyms (two or more capitals) and short words.
 */
export default function rehypeSoftHyphens(options: Options = {}) {
  const minLength = options.minWordLength ?? 6;
  const skip = new Set(options.skipTags ?? DEFAULT_SKIP);

  return async function (tree: Root, file: VFile): Promise<undefined> {
    const malform = documentMalform(file, options.malform ?? 'nb');
    const api = await loadPatterns(malform);
    const known = (wordCache[malform] ??= new Map());
    if (known.size > WORD_CACHE_LIMIT) known.clear();
    const tokens = tokenCache.get(`${malform}:${minLength}`) ?? new Map<string, string>();
    tokenCache.set(`${malform}:${minLength}`, tokens);
    if (tokens.size > WORD_CACHE_LIMIT) tokens.clear();
    // A plain walk rather than `visit`: skipped elements prune their whole subtree.
    const walk = (node: Root | RootContent): void => {
      if (node.type === 'text') {
        node.value = node.value.replace(/\S+/gu, (token) => {
          let hyphenated = tokens.get(token);
          if (hyphenated === undefined) {
            hyphenated = hyphenateToken(token, api, minLength, known);
            tokens.set(token, hyphenated);
          }
          return hyphenated;
        });
      } else if (node.type === 'root' || (node.type === 'element' && !skip.has(node.tagName))) {
        node.children.forEach(walk);
      }
    };
    walk(tree);
  };
}

/**
 * Words already hyphenated, by målform, then `<minLength>:<word>`: a
 * document's words recur in the next one («kommunedirektøren»), and the
 * patterns take most of a print render. Cleared when it grows past the
 * limit, so a 10,000-document build's memory stays bounded.
 */
const wordCache: Partial<Record<Malform, Map<string, string>>> = {};
const WORD_CACHE_LIMIT = 200_000;

/**
 * Whole tokens already done (`kommunen,` as it stands between spaces), by
 * `<målform>:<minLength>`: most tokens recur, and a hit skips the token's
 * regular expressions as well as the patterns (the print render's largest
 * cost after the parse). Bounded like {@link wordCache}.
 */
const tokenCache = new Map<string, Map<string, string>>();

/** Hyphenates the letter runs of one whitespace-free token, unless the token is not a word. */
function hyphenateToken(
  token: string,
  api: HyphenApi,
  minLength: number,
  known: Map<string, string>,
): string {
  if (/\d|:\/\/|^www\.|@|\/|\u00AD/iu.test(token)) return token;
  return token.replace(/\p{L}+/gu, (word) => {
    if (word.length < minLength || /\p{Lu}.*\p{Lu}/u.test(word)) return word;
    const key = `${minLength}:${word}`;
    let hyphenated = known.get(key);
    if (hyphenated === undefined) {
      hyphenated = api.hyphenateSync(word, { minWordLength: minLength });
      known.set(key, hyphenated);
    }
    return hyphenated;
  });
}
