/**
 * The types the dictionaries (nb.ts, nn.ts) are written against: what a
 * content problem may mention, and the argument lists of the messages that
 * are functions.
 */

/** A word in both målformer (a vocabulary term, or a plain string for both). */
export type Spelled = string | { nb: string; nn: string };

/** Spells a {@link Spelled} word in the message's målform. */
export type Spell = (w: Spelled | undefined) => string;

/** Values a message may mention. */
export interface MessageArgs {
  /** The clerk's key or value, quoted as written. */
  value?: string;
  /** The key concerned, e.g. a missing field (spelled per målform). */
  key?: Spelled;
  /** Nearest known key, value or id. */
  suggestion?: Spelled;
  /** Allowed values, listed after the suggestion. */
  allowed?: readonly Spelled[];
  /** A free detail: YAML parser text, expected path, other file. */
  detail?: string;
  /** An example value for a missing field. */
  example?: Spelled;
  /** A line the message refers to. */
  line?: number;
  /** For `verdi-type`: what the field holds. */
  expected?: 'text' | 'list' | 'object' | 'textOrList' | 'objectOrText' | 'number';
  /** Why a field is required in this case. */
  because?: 'horing' | 'tiltak';
  /** A YAML parser error code (`TAB_AS_INDENT`), worded by the dictionary's YAML hints. */
  code?: string;
  /** A count the message mentions. */
  count?: number;
  // File safety and URL collisions:
  /** Another file, or what a file really holds (`HTML`), that the message names. */
  other?: string;
}

/** A content problem's message. */
export type Render = (a: MessageArgs, s: Spell) => string;

/** What a status-file message may mention. */
export type StatusVars = Record<string, string>;

/** The image and link messages of the Markdown pipeline. */
export interface LocalText {
  remoteImage: (url: string, name: string) => string;
  imageOutside: (src: string) => string;
  imageMissing: (src: string, file: string, suggestion?: string) => string;
  imageType: (src: string, ext: string) => string;
  imageAlt: (src: string) => string;
  linkOutside: (href: string) => string;
  documentMissing: (href: string, from: string, id: string, suggestion?: string) => string;
  fileMissing: (href: string, from: string, file: string, suggestion?: string) => string;
  linkDraft: (href: string, from: string, id: string) => string;
  anchorMissing: (href: string, where: string | undefined, suggestion?: string) => string;
  /** `other` undefined: the document's own PDF. */
  nameClash: (file: string, other: string | undefined, url: string) => string;
  /** The file name suggested for a remote image. */
  exampleImage: string;
}

/** The removed-HTML messages. */
export interface UnsafeHtmlText {
  dropped: (tag: string) => string;
  unwrapped: (tag: string) => string;
  unsafeUrl: (tag: string, attribute: string, url: string, protocols: string) => string;
  eventHandler: (tag: string, attribute: string) => string;
}

/** The few words the Markdown pipeline writes into a page. */
export interface PipelineWords {
  /** Heading of the footnote section. */
  footnotes: string;
  /** aria-label of a footnote's back link; `n` is the footnote number, `k` the k-th reference (1-based). */
  backToReference: (n: number, k: number) => string;
  /** First word of the accessible name of a table's scroll box. */
  table: string;
}

/** The search form and page; handed whole to the browser script as JSON. */
export interface SearchWords {
  searchLabel: string;
  searchButton: string;
  pageTitle: string;
  filtersHeading: string;
  filterLegend: Record<'type' | 'kommune' | 'year' | 'status' | 'malform', string>;
  sortLabel: string;
  sortRelevance: string;
  sortNewest: string;
  sortOldest: string;
  clearFilters: string;
  resultsHeading: string;
  /** `{n}` is the number of hits. */
  countMany: string;
  countOne: string;
  countNone: string;
  /** `{n}` documents in all, shown while browsing without a query. */
  browseCount: string;
  loading: string;
  showMore: string;
  noScript: string;
  /** Link text to the list of all documents, shown when JavaScript is off. */
  allDocumentsLink: string;
  loadError: string;
  /** Values of the filters, keyed by the model's codes. */
  values: Record<string, string>;
}

/** Keys of `T` (deeply) that `U` lacks: `never` when T has no key U does not have. */
export type ExtraKeys<T, U> = T extends ((...a: never[]) => unknown) | readonly unknown[]
  ? never
  : T extends object
    ? {
        [K in keyof T]: K extends keyof U ? ExtraKeys<T[K], U[K]> : K;
      }[keyof T]
    : never;
