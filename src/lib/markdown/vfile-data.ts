import type { Heading, Malform } from '../model/types.ts';

// What the pipeline's plugins share through `file.data` (typed via vfile's
// DataMap). Keys carry a `planverk` prefix so they cannot clash with Astro's
// own `file.data.astro` or another plugin's data.
declare module 'vfile' {
  interface DataMap {
    /** Målform of the document; set by `renderMarkdown`, else read from Astro's frontmatter. */
    planverkMalform: Malform;
    /** Body headings (shifted depth, final anchors), set by remark-heading-anchors. */
    planverkHeadings: Heading[];
    // `ReadonlyMap`, not `Map`: inside this module `Map` is vfile's source-map type.
    /** Start offset of each Markdown heading -> its anchor, for rehype-heading-ids. */
    planverkAnchors: ReadonlyMap<number, string>;
  }
}

// A relative link rehype-local-links resolved, marked on its element (hast
// `data` is never written out), so the print variant of a render can make
// exactly those links absolute without rendering the body again.
declare module 'hast' {
  interface ElementData {
    /** The site-relative URL rehype-local-links gave this link. */
    planverkLocalUrl?: string;
  }
}
