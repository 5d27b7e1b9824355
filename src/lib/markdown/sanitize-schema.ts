import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

// Elements Markdown itself produces (CommonMark + GFM tables, footnotes,
// strikethrough, task lists). rehype-sanitize cannot tell whether an element
// came from Markdown or from raw HTML, so these stay allowed either way.
const MARKDOWN_TAGS = (
  'a blockquote br code del em h1 h2 h3 h4 h5 h6 hr img input li ol p pre section strong sup ' +
  'table tbody td th thead tr ul'
).split(' ');

/** Inline HTML that documents converted from Word carry and that we render (content model). */
export const WORD_INLINE_TAGS = 'b i u s sub sup br'.split(' ');

/**
 * Elements removed together with their content. Every other disallowed
 * element (`span`, `font`, `div` from Word) is unwrapped and its text kept.
 */
export const DROPPED_TAGS = (
  'script style iframe object embed form template noscript textarea select button svg math ' +
  'title head frameset frame'
).split(' ');

/**
 * The sanitize schema: GitHub's `defaultSchema` narrowed to Markdown output
 * plus Word's inline tags, with dangerous elements dropped whole and only
 * http(s), mailto and tel links. Attributes stay as in `defaultSchema` (no
 * `style`, no `on*`, no `class`); user ids keep its `user-content-` prefix,
 * and the pipeline adds its own ids and classes after sanitizing.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...new Set([...MARKDOWN_TAGS, ...WORD_INLINE_TAGS])],
  strip: DROPPED_TAGS,
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
  },
};
