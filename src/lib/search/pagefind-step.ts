import { readFile } from 'node:fs/promises';
import { siteFiles } from '../files/site-files.ts';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildContext, BuildStep } from '../output/step.ts';
import { codeFingerprint } from '../files/code-fingerprint.ts';
import { count } from '../core/log-count.ts';
import { readAhead } from '../core/read-ahead.ts';
import { hashParts, KeyedCache, KeyedTable } from '../files/keyed-cache.ts';
import type { Malform } from '../model/types.ts';
import { createDecompounder, MIN_PART, MIN_WORD } from './decompound.ts';
import { createExpander } from './expand.ts';
import { cutFragments } from './fragments.ts';
import { hasPagefindBody, searchableText, withExpansion } from './html.ts';
import { corpusLookups, siteLexiconParts } from './lexicon.ts';
import { loadMalformPairs } from './malform-pairs.ts';
import { uniqueWords } from './tokens.ts';

/** Options of the search step; the defaults are what `npm run build` uses. */
export interface SearchStepOptions {
  /**
   * Add bokmål↔nynorsk forms and compound parts as hidden index terms
   * (default true; the benchmark turns it off for its baseline).
   */
  expand?: boolean;
  /**
   * The one language of the index (default: the site's `defaultMalform`).
   * Pagefind stems nb and nn alike; one forced language keeps both målformer
   * in one index, and matching the search page's `lang` lets pagefind.js pick it.
   */
  language?: Malform;
  /** Folder under the output directory for the index (default `pagefind`). */
  bundleDir?: string;
}

/** Error for a failed indexing run (for the developer, in English). */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Every `.html` file under `dir`, as POSIX paths relative to it, sorted. */
async function htmlFiles(dir: string, skip: string): Promise<string[]> {
  return (await siteFiles(dir)).filter(
    (rel) => rel.endsWith('.html') && !rel.startsWith(`${skip}/`),
  );
}

/** The URL Pagefind should return for a page file: `dokument/a/index.html` → `/dokument/a/`. */
export function pageUrl(relativeFile: string): string {
  return `/${relativeFile.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** What the step keeps of a page between builds: whether it is indexed, and its words in page order. */
interface PageWords {
  body: boolean;
  words: string[];
}

/** Bump when what the search caches hold changes shape. */
const CACHE_FORMAT = 'search-1';

/**
 * Builds the Pagefind index of the staged site; see {@link SearchStepOptions}.
 *
 * Reading a page (parsing its HTML for its words) and expanding its words
 * are functions of its bytes and the code, and of the site's lexicon, so
 * both are kept between builds under `<cacheDir>/search/`: a page's words by
 * a key of the code fingerprint and its bytes; its hidden terms by that key
 * and the words of the corpus part of the compound splitter's lexicon that
 * its words' splits can look up (lexicon.ts corpusLookups; the word lists
 * are code). A rebuild reads and hashes every page, parses the changed ones
 * and expands those and the pages whose splits can see a word that came or
 * went, and hands Pagefind every page again: its index is rebuilt whole
 * each time (Pagefind has no incremental index).
 */
export function createSearchStep(options: SearchStepOptions = {}): BuildStep {
  const bundleDir = options.bundleDir ?? 'pagefind';
  return {
    name: 'search',
    async run(ctx: BuildContext): Promise<void> {
      const started = performance.now();
      const language = options.language ?? ctx.config.defaultMalform;
      const files = await htmlFiles(ctx.outDir, bundleDir);
      const expand = options.expand ?? true;
      // Where the step's time goes, for the log: reading and parsing the pages,
      // the expansion in Node, Pagefind adding the pages, Pagefind writing the
      // bundle, cutting the hidden terms off its fragments.
      const time = { read: 0, expand: 0, add: 0, write: 0, cut: 0 };
      let mark = performance.now();
      const lap = (key: keyof typeof time): void => {
        const now = performance.now();
        time[key] += now - mark;
        mark = now;
      };
      const fingerprint = await codeFingerprint(ctx.root);
      const shared = hashParts([CACHE_FORMAT, fingerprint, String(expand)]);
      const read = await new KeyedTable<PageWords>(
        path.join(ctx.cacheDir, 'search', 'pages.json'),
      ).load();
      const expanded = await new KeyedTable<string[]>(
        path.join(ctx.cacheDir, 'search', 'terms.json'),
      ).load();
      // A page's HTML is read again when it goes to Pagefind rather than kept
      // here for every page at once (issue 11: the step's memory at 5,000 documents).
      const pages: { file: string; words: Set<string>; key: string }[] = [];
      const readPage = (file: string): Promise<Buffer> => readFile(path.join(ctx.outDir, file));
      for await (const [file, bytes] of readAhead(files, readPage)) {
        const key = hashParts([shared, bytes]);
        let entry = read.get(key);
        if (entry === undefined) {
          const html = bytes.toString('utf8');
          const body = hasPagefindBody(html);
          entry = { body, words: body && expand ? [...uniqueWords(searchableText(html))] : [] };
          read.set(key, entry);
        }
        if (!entry.body) continue;
        pages.push({ file, words: new Set(entry.words), key });
      }

      lap('read');
      const pairs = loadMalformPairs();
      const { lexicon, fromCorpus } = siteLexiconParts(pairs.words, ...pages.map((p) => p.words));
      const expander = createExpander(pairs, createDecompounder(lexicon));
      // What of the corpus a page's expansion can read (lexicon.ts corpusLookups), per word once.
      const lookups = new Map<string, string[]>();
      const corpusRead = (page: (typeof pages)[number]): string[] => {
        const read = new Set<string>();
        for (const word of page.words) {
          let found = lookups.get(word);
          if (found === undefined) {
            found = corpusLookups(word, fromCorpus, MIN_WORD, MIN_PART);
            lookups.set(word, found);
          }
          for (const w of found) read.add(w);
        }
        return [...read].sort();
      };
      lap('expand');

      const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
      if (!index) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
      let added = 0;
      let trimmed = 0;
      const cuts = new KeyedCache(path.join(ctx.cacheDir, 'search', 'fragments'));
      try {
        // The page with its hidden terms; its expansion is Node's work.
        const prepare = async (
          page: (typeof pages)[number],
        ): Promise<{ file: string; content: string }> => {
          const html = await readFile(path.join(ctx.outDir, page.file), 'utf8');
          const termsKey = expand ? hashParts([page.key, ...corpusRead(page)]) : '';
          let terms = expand ? expanded.get(termsKey) : [];
          if (terms === undefined) {
            terms = expander.expand(page.words).all;
            expanded.set(termsKey, terms);
          }
          added += terms.length;
          return { file: page.file, content: withExpansion(html, terms) };
        };
        // Pagefind indexes in its own process: the next page is expanded
        // while it indexes this one. One page is in flight at a time and
        // pages go in the same order, so the index is the one a page-by-page
        // loop makes (Pagefind numbers the pages by their order).
        let next = pages[0] === undefined ? undefined : await prepare(pages[0]);
        lap('expand');
        for (let i = 0; next !== undefined; i++) {
          const current = next;
          const adding = index.addHTMLFile({
            url: pageUrl(current.file),
            content: current.content,
          });
          // Awaited just below; a rejection before then must not be unhandled.
          adding.catch(() => undefined);
          const following = pages[i + 1];
          next = following === undefined ? undefined : await prepare(following);
          lap('expand');
          const response = await adding;
          lap('add');
          if (response.errors.length > 0) {
            throw new SearchIndexError(
              `Pagefind rejected ${current.file}: ${response.errors.join('; ')}`,
            );
          }
        }
        await read.save();
        await expanded.save();
        const outputPath = path.join(ctx.outDir, bundleDir);
        const written = await index.writeFiles({ outputPath });
        lap('write');
        if (written.errors.length === 0 && expand) {
          const cut = await cutFragments(outputPath, cuts, fingerprint);
          await cuts.prune();
          trimmed = cut.bytesBefore - cut.bytesAfter;
          if (cut.unknown > 0)
            ctx.logger.warn(
              `search: ${cut.unknown} Pagefind fragments in an unknown format kept their hidden terms`,
            );
        }
        lap('cut');
        if (written.errors.length > 0) {
          throw new SearchIndexError(
            `Pagefind could not write the index: ${written.errors.join('; ')}`,
          );
        }
      } catch (error) {
        if (error instanceof SearchIndexError) throw error;
        throw new SearchIndexError('Pagefind failed while indexing the site', { cause: error });
      } finally {
        await pagefind.close();
      }
      const ms = Math.round(performance.now() - started);
      ctx.logger.info(
        `search: indexed ${pages.length} of ${files.length} pages (language ${language}), ` +
          `${added} hidden terms added, in ${ms} ms (read ${Math.round(time.read)}, ` +
          `expand ${Math.round(time.expand)}, pagefind add ${Math.round(time.add)}, ` +
          `write ${Math.round(time.write)}, cut ${Math.round(time.cut)}); hidden terms cut from the fragments: ${trimmed} bytes; ` +
          `${count(read.misses, 'page')} parsed, ${read.hits} unchanged; ` +
          `${count(expanded.misses, 'page')} expanded, ${expanded.hits} unchanged; ` +
          `${count(cuts.misses, 'fragment')} cut, ${cuts.hits} unchanged`,
      );
    },
  };
}

/** The search step as `npm run build` runs it: last, after every step that changes HTML. */
export const searchStep: BuildStep = createSearchStep();
