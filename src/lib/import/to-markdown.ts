import type { Element, Root as HastRoot, RootContent } from 'hast';
import type { FootnoteDefinition, Heading, Nodes, PhrasingContent, Root, Table, Text } from 'mdast';
import { defaultHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';

/** Where a converted picture went and what the body should say about it. */
export interface ImageTarget {
  /** Path relative to the Markdown file. */
  url: string;
  alt: string;
}

/** What the converter needs from the importer, and what it found that it could not carry over. */
export interface MarkdownOptions {
  /** Picture number (from `planverk-image:<n>`) → where it was written; undefined: left out. */
  image: (n: number) => ImageTarget | undefined;
  /** Called with the text and address of a link that was dropped (not http(s), mailto or tel). */
  unsafeLink: (text: string, href: string) => void;
}

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;
const FOOTNOTE_REF = /^#(?:footnote|endnote)-(\d+)$/;

/** Word's sup/sub/u as the inline HTML the content model allows (`<sup>2</sup>`). */
function wrapIn(tag: string): Handle {
  return (state: State, node: Element) => [
    { type: 'html', value: `<${tag}>` },
    ...(state.all(node) as PhrasingContent[]),
    { type: 'html', value: `</${tag}>` },
  ];
}

/**
 * mammoth's footnote list (`<ol><li id="footnote-2">… <a href="#footnote-ref-2">↑</a>`)
 * as GFM footnote definitions, and its removal from the blocks.
 */
function takeFootnotes(blocks: RootContent[]): {
  rest: RootContent[];
  notes: Map<string, Element>;
} {
  const notes = new Map<string, Element>();
  const rest = blocks.filter((b) => {
    if (b.type !== 'element' || b.tagName !== 'ol') return true;
    const items = b.children.filter((c): c is Element => c.type === 'element');
    const ids = items.map((li) =>
      /^(?:footnote|endnote)-(\d+)$/.exec(String(li.properties['id'] ?? '')),
    );
    if (items.length === 0 || !ids.every(Boolean)) return true;
    items.forEach((li, k) => notes.set((ids[k] as RegExpExecArray)[1] as string, li));
    return false;
  });
  return { rest, notes };
}

/**
 * Turns the body blocks (hast from mammoth) into GFM: headings shifted so
 * the highest is `##` (the title is the page's `#`), lists, tables, bold,
 * italic, `<sup>`/`<sub>`/`<u>`, footnotes and pictures. Text is escaped by
 * mdast-util-to-markdown, so `<script>` typed in Word stays text; a link
 * with any other scheme than http(s), mailto or tel keeps only its text.
 */
export function bodyToMarkdown(blocks: readonly RootContent[], options: MarkdownOptions): string {
  const { rest, notes } = takeFootnotes([...blocks]);
  const handlers: Record<string, Handle> = {
    u: wrapIn('u'),
    sub: wrapIn('sub'),
    sup: (state, node, parent) => {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const ref =
        only?.type === 'element' && only.tagName === 'a'
          ? FOOTNOTE_REF.exec(String(only.properties['href'] ?? ''))
          : null;
      if (ref)
        return { type: 'footnoteReference', identifier: ref[1] as string, label: ref[1] as string };
      return wrapIn('sup')(state, node, parent);
    },
    img: (_state, node) => {
      const n = /^planverk-image:(\d+)$/.exec(String(node.properties['src'] ?? ''));
      const target = n ? options.image(Number(n[1])) : undefined;
      return target ? { type: 'image', url: target.url, alt: target.alt } : undefined;
    },
    a: (state, node) => {
      const href = String(node.properties['href'] ?? '');
      if (SAFE_LINK.test(href)) return defaultHandlers.a(state, node);
      // A Word bookmark (#_Toc…) names no heading Planverk knows; anything else may be script.
      if (!href.startsWith('#') && href !== '') options.unsafeLink(toPlain(state, node), href);
      return state.all(node) as PhrasingContent[];
    },
  };
  const tree = toMdast({ type: 'root', children: rest } as HastRoot, { handlers }) as Root;
  for (const [id, li] of notes) {
    const back = (n: RootContent): boolean =>
      !(
        n.type === 'element' &&
        n.tagName === 'a' &&
        /^#(?:footnote|endnote)-ref-/.test(String(n.properties['href'] ?? ''))
      );
    const strip = (el: Element): Element => ({
      ...el,
      children: el.children.filter(back).map((c) => (c.type === 'element' ? strip(c) : c)),
    });
    const note = toMdast({ type: 'root', children: strip(li).children } as HastRoot, {
      handlers,
    }) as Root;
    tree.children.push({
      type: 'footnoteDefinition',
      identifier: id,
      label: id,
      children: note.children,
    } as FootnoteDefinition);
  }
  dropEmptyHeaderRows(tree);
  shiftHeadings(tree);
  visit(tree, 'heading', tidyHeading);
  visit(tree, 'text', (node) => {
    // Word's tab after a footnote number and its non-breaking spaces.
    node.value = node.value.replace(/\t/g, ' ');
  });
  return toMarkdown(tree, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    listItemIndent: 'one',
  }).replace(/\n{3,}/g, '\n\n');
}

function toPlain(state: State, node: Element): string {
  const parts = state.all(node) as Nodes[];
  return parts.map((p) => ('value' in p ? p.value : '')).join('');
}

/**
 * A Word table has no header row of its own; hast-util-to-mdast then adds an
 * empty one. GFM needs one, so the table's first row becomes it.
 */
function dropEmptyHeaderRows(tree: Root): void {
  visit(tree, 'table', (table: Table) => {
    const [first, second] = table.children;
    const empty = first?.children.every((cell) => cell.children.length === 0);
    if (empty && second) table.children.shift();
  });
}

/**
 * A template's «SAKSUTGREIING:» as «Saksutgreiing»: a heading typed in
 * capitals in sentence case, without the colon a heading needs none of.
 */
function tidyHeading(heading: Heading): void {
  const texts = heading.children.flatMap(function all(n): Text[] {
    return n.type === 'text' ? [n] : 'children' in n ? n.children.flatMap(all) : [];
  });
  const whole = texts.map((t) => t.value).join('');
  const last = texts.at(-1);
  if (last) last.value = last.value.replace(/\s*:\s*$/, '');
  if (whole !== whole.toUpperCase() || !/\p{Lu}{4}/u.test(whole)) return;
  texts.forEach((t, i) => {
    const lower = t.value.toLowerCase();
    t.value = i === 0 ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
  });
}

/** Moves every heading down so the highest is level 2: the page's h1 is the title. */
function shiftHeadings(tree: Root): void {
  let top = 6;
  visit(tree, 'heading', (h: Heading) => {
    top = Math.min(top, h.depth);
  });
  const by = 2 - top;
  visit(tree, 'heading', (h: Heading) => {
    h.depth = Math.min(6, Math.max(1, h.depth + by)) as Heading['depth'];
  });
}
