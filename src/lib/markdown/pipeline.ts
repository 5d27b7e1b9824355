/**
 * THE Markdown pipeline: the one place that orders the remark and rehype
 * plugins. The site (astro.config, through `astroProcessorOptions`), the PDF
 * step, the checker and the tests all use it, so every output renders alike.
 *
 * Order and why:
 *   remark-parse, remark-gfm            CommonMark + GFM tables, footnotes, strikethrough
 *   remark-structure-check              warn: skipped/empty headings, table rows with wrong cell count
 *                                       (levels as written, so before the shift)
 *   remark-malform-check                warn: words of the other målform; `lang` on a quote in it
 *   remark-klarsprak                    warn: long sentences/paragraphs, unexplained abbreviations,
 *                                       «her»-links (language-rules.ts has the ids; all warnings)
 *   remark-heading-shift                one h1 per page: the body's top level becomes h2
 *   remark-heading-anchors              anchors = collectHeadings() (what the checker uses)
 *   remark-rehype                       raw HTML kept for the next step
 *   rehype-raw                          parse Word's inline HTML into elements
 *   rehype-report-unsafe-html           warn about what sanitize will remove (with the line)
 *   rehype-sanitize                     sanitizeSchema; everything after it adds trusted markup
 *   rehype-remove-empty-paragraphs      the `<p></p>` that removed raw HTML leaves behind
 *   rehype-lettered-lists               Word's «a. b. c.» bullet lists become <ol type="a">
 *   rehype-heading-ids                  ids from remark-heading-anchors, unprefixed
 *   rehype-footnotes                    Norwegian labels, ids `fotnote_n` (sanitize prefixed them)
 *   rehype-local-links                  `plan.md#x` -> `/dokument/<slug>/#x`, files -> copies; needs the ids above
 *   rehype-local-images                 relative `src` -> copy next to the page (+ width/height); no remote images
 *   rehype-figures                      a paragraph holding only an image -> figure + figcaption (after sanitize)
 *   rehype-empty-header-cells           an empty <th> (a table's blank corner) becomes a <td>
 *   rehype-numeric-tables               class `num` on numeric columns; numbers kept together
 *   rehype-table-scroll                 accessible scroll box around each table
 *   rehype-external-links               class `external` on links off the site
 *   rehype-soft-hyphens                 only with `hyphenate: true` (print)
 *
 * Messages: plugins attach vfile warnings (`fatal: false`, `source: 'planverk'`)
 * with a `ruleId` and the line in the Markdown body (add the body's first
 * line in the file): `planverk:removed-html`, `planverk:unsafe-url`,
 * `planverk:event-handler` (UNSAFE_HTML_RULES), and the image and link
 * rules in LOCAL_RULES (local-messages.ts), of which missing, escaping,
 * remote or draft targets are errors (`fatal: true`). A GFM table row with too
 * few or too many cells is a warning (`planverk:tabell-celler`; GFM pads or
 * drops cells). The language rules (LANGUAGE_RULES) are warnings. Astro
 * drops plugin messages, so the build and the checker forward them.
 *
 * Use: astro.config `markdown: { syntaxHighlight: false, processor:
 * unified(astroProcessorOptions({ malform: site.defaultMalform, siteUrl })) }`
 * (plugins read each document's `målform` from Astro's frontmatter); the PDF
 * step `renderMarkdown(body, { malform, hyphenate: true, absoluteLinks: true, body })`;
 * the checker `renderMarkdown(body, { malform, path, body })` and its `messages`.
 * `body` (a BodyContext, src/lib/assets/context.ts) lets the plugins resolve
 * relative links and images; the result's `assets` are the files to copy.
 *
 * Sanitizing cannot tell raw HTML from Markdown output, so an element
 * Markdown itself makes (`p`, `a`, `img`, `table`…) passes when written as
 * HTML too; it is still stripped of styles, scripts and unsafe URLs.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toText } from 'hast-util-to-text';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { walk } from '../core/tree-walk.ts';
import { VFile } from 'vfile';
import type { BodyAsset } from '../core/asset-url.ts';
import type { BodyContext } from '../assets/context.ts';
import type { Heading, Malform } from '../model/types.ts';
import './body-assets.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeFigures from './rehype-figures.ts';
import rehypeEmptyHeaderCells from './rehype-empty-header-cells.ts';
import rehypeFootnotes from './rehype-footnotes.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeLocalImages from './rehype-local-images.ts';
import rehypeLocalLinks from './rehype-local-links.ts';
import rehypeNumericTables from './rehype-numeric-tables.ts';
import rehypeRemoveEmptyParagraphs from './rehype-remove-empty-paragraphs.ts';
import rehypeLetteredLists from './rehype-lettered-lists.ts';
import rehypeReportUnsafeHtml from './rehype-report-unsafe-html.ts';
import rehypeSoftHyphens, { SOFT_HYPHEN } from './rehype-soft-hyphens.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';
import remarkHeadingAnchors from './remark-heading-anchors.ts';
import remarkHeadingShift from './remark-heading-shift.ts';
import remarkKlarsprak from './remark-klarsprak.ts';
import remarkMalformCheck from './remark-malform-check.ts';
import remarkStructureCheck from './remark-structure-check.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import './vfile-data.ts';

/** Options that shape the plugin lists (one processor per distinct set). */
export interface PipelineOptions {
  /** Målform for documents that do not say (Astro: the site's `defaultMalform`); default `'nb'`. */
  malform?: Malform;
  /** Insert soft hyphens for print (default `false`; never on the website). */
  hyphenate?: boolean;
  /** Heading levels the page puts above the body (default `1`: body starts at h2). */
  headingOffset?: number;
  /** The site's absolute URL; links to it are not marked `external` (default: none). */
  siteUrl?: string;
  /** Print: links to other documents and files start with `siteUrl`, so they work in the PDF (default `false`). */
  absoluteLinks?: boolean;
}

/** Options of `renderMarkdown`. */
export interface RenderOptions extends PipelineOptions {
  /** The document's målform: footnote labels, table names, messages, hyphenation. */
  malform: Malform;
  /** Path of the source file, so messages name it (default: none). */
  path?: string;
  /** Where the document lies among the others, to resolve relative links and images (default: left alone). */
  body?: BodyContext;
  /**
   * Also make the print variant (`printHtml`) from this render's tree: what
   * `hyphenate: true, absoluteLinks: true` would give, without parsing and
   * transforming the body a second time (the build's print pages use it).
   */
  print?: boolean;
  /**
   * `markdown` already parsed with remark-parse + remark-gfm (the model's
   * parseBody), so it is not parsed twice. The render changes it: pass a tree once.
   */
  tree?: MdastRoot;
}

/** What `renderMarkdown` returns. */
export interface RenderResult {
  /** The body as HTML (no h1: headings start at `headingOffset + 1`). */
  html: string;
  /** Body headings with shifted depth and the anchors the HTML carries. */
  headings: Heading[];
  /** Warnings from the plugins (see the rule ids above). */
  messages: VFile['messages'];
  /** Plain text of the body (no soft hyphens), for search, summaries and checks. */
  text: string;
  /** Files the body uses (images, linked files), to copy next to the page; empty without `body`. */
  assets: BodyAsset[];
  /** With `print`: the body as the print layout shows it (soft hyphens, absolute local links). */
  printHtml?: string;
}

// `any[]` is the parameter type unified's `Pluggable` and Astro's `RemarkPlugins`
// both use; narrower lists are not assignable to Astro's options.
/** A remark plugin or `[plugin, options]`, in the shape unified and Astro both accept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RemarkPluginEntry = Plugin<any[], MdastRoot> | [Plugin<any[], MdastRoot>, unknown];

/** A rehype plugin or `[plugin, options]`, in the shape unified and Astro both accept. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RehypePluginEntry = Plugin<any[], HastRoot> | [Plugin<any[], HastRoot>, unknown];

/** Options for remark-rehype: keep raw HTML for rehype-raw; ids unprefixed, sanitize prefixes them. */
export const remarkRehypeOptions: RemarkRehypeOptions = {
  allowDangerousHtml: true,
  clobberPrefix: '',
};

/** The remark plugins, in order, that run after remark-parse and remark-gfm. */
export function createRemarkPlugins(options: PipelineOptions = {}): RemarkPluginEntry[] {
  const malform = options.malform ?? 'nb';
  return [
    [remarkStructureCheck, { malform }],
    [remarkMalformCheck, { malform }],
    [remarkKlarsprak, { malform }],
    [remarkHeadingShift, { offset: options.headingOffset ?? 1 }],
    remarkHeadingAnchors,
  ];
}

/** The rehype plugins, in order, that run after remark-rehype. */
export function createRehypePlugins(options: PipelineOptions = {}): RehypePluginEntry[] {
  const malform = options.malform ?? 'nb';
  const plugins: RehypePluginEntry[] = [
    rehypeRaw,
    [rehypeReportUnsafeHtml, { schema: sanitizeSchema, malform }],
    [rehypeSanitize, sanitizeSchema],
    rehypeRemoveEmptyParagraphs,
    rehypeLetteredLists,
    rehypeHeadingIds,
    [rehypeFootnotes, { malform }],
    [
      rehypeLocalLinks,
      {
        malform,
        ...(options.absoluteLinks && options.siteUrl ? { baseUrl: options.siteUrl } : {}),
        ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      },
    ],
    [rehypeLocalImages, { malform, ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}) }],
    rehypeFigures,
    rehypeEmptyHeaderCells,
    rehypeNumericTables,
    [rehypeTableScroll, { malform }],
    [rehypeExternalLinks, options.siteUrl ? { siteUrl: options.siteUrl } : {}],
  ];
  if (options.hyphenate) plugins.push([rehypeSoftHyphens, { malform }]);
  return plugins;
}

/**
 * Options for `@astrojs/markdown-remark`'s `unified(…)` processor. Astro adds
 * remark-gfm itself; SmartyPants stays off because it would turn clerks'
 * quotes and dashes into something other than what the PDF and checker see.
 * Set `syntaxHighlight: false` in astro.config too: sanitize strips Shiki's styles.
 */
export function astroProcessorOptions(options: PipelineOptions = {}) {
  return {
    remarkPlugins: createRemarkPlugins(options),
    rehypePlugins: createRehypePlugins(options),
    remarkRehype: { ...remarkRehypeOptions },
    gfm: true,
    smartypants: false,
  };
}

/** Builds the frozen processor for one option set. */
function buildProcessor(options: PipelineOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(createRemarkPlugins(options))
    .use(remarkRehype, remarkRehypeOptions)
    .use(createRehypePlugins(options))
    .use(rehypeStringify)
    .freeze();
}

const processors = new Map<string, ReturnType<typeof buildProcessor>>();

/** The processor for one option set, built on first use (hundreds of documents share it). */
function processorFor(options: PipelineOptions): ReturnType<typeof buildProcessor> {
  const key = JSON.stringify([
    options.malform,
    !!options.hyphenate,
    options.headingOffset ?? 1,
    options.siteUrl,
    !!options.absoluteLinks,
  ]);
  let processor = processors.get(key);
  if (!processor) {
    processor = buildProcessor(options);
    processors.set(key, processor);
  }
  return processor;
}

/** Renders a Markdown body to HTML with its headings, warnings and plain text. */
export async function renderMarkdown(
  markdown: string,
  options: RenderOptions,
): Promise<RenderResult> {
  const processor = processorFor(options);
  const file = new VFile({ value: markdown, data: { planverkMalform: options.malform } });
  if (options.path) file.path = options.path;
  if (options.body) file.data.planverkBody = options.body;
  const parsed = options.tree ?? processor.parse(file);
  const tree = (await processor.run(parsed, file)) as HastRoot;
  const html = String(processor.stringify(tree, file));
  const text = toText(tree).replaceAll(SOFT_HYPHEN, '').trim();
  // Last: the print variant changes the tree in place (the web HTML and text are taken).
  const printHtml = options.print ? await printVariant(tree, file, options) : undefined;
  return {
    ...(printHtml === undefined ? {} : { printHtml }),
    html,
    headings: file.data.planverkHeadings ?? [],
    messages: file.messages,
    text,
    assets: file.data.planverkAssets ?? [],
  };
}

/**
 * The print variant of a finished web render: the same as rendering with
 * `hyphenate: true, absoluteLinks: true`, because those options change only
 * the two last things the pipeline does to the tree: the hrefs
 * rehype-local-links resolved (marked `planverkLocalUrl`) start with the
 * site's URL (rehype-external-links then treats them alike: same host), and
 * rehype-soft-hyphens runs last. Changes `tree` in place: the caller is done
 * with the web render (copying the tree cost more than the changes).
 */
async function printVariant(tree: HastRoot, file: VFile, options: RenderOptions): Promise<string> {
  const { siteUrl } = options;
  if (siteUrl) {
    walk(tree, 'element', (node) => {
      const url = node.data?.planverkLocalUrl;
      if (url !== undefined) node.properties['href'] = new URL(url, siteUrl).href;
    });
  }
  await rehypeSoftHyphens({ malform: options.malform })(tree, file);
  // Serialising does not depend on the plugin options: any processor's stringify will do.
  return String(processorFor(options).stringify(tree, file));
}
