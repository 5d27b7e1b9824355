/**
 * Chooses the title's font size by measuring it with satori itself: the
 * title is laid out alone at the card's text width with no fixed height, and
 * satori reports the height it needed. The largest size that fits wins; a
 * title too long even at the smallest size is clamped with an ellipsis.
 */
import satori, { type Font } from 'satori';
import { CARD_FONT_FAMILY } from './fonts.ts';

/** What the title must fit into. */
export interface TitleBox {
  width: number;
  height: number;
  /** Candidate sizes, largest first. */
  sizes: readonly number[];
  lineHeight: number;
}

/** The chosen size and how many lines it may use. */
export interface TitleFit {
  fontSize: number;
  /** Lines that fit in the box at that size (the clamp). */
  maxLines: number;
  /** True when even the smallest size needs more lines than fit: the title is clamped. */
  clamped: boolean;
}

/** The default title box of the card. */
export const TITLE_BOX: TitleBox = {
  width: 1072,
  height: 280,
  sizes: [72, 64, 56, 50, 44, 40],
  lineHeight: 1.15,
};

/** A title node as the card draws it, shared so measuring and drawing agree. */
export function titleNode(title: string, fontSize: number, lineHeight: number, maxLines?: number) {
  const clamp = maxLines === undefined ? {} : { lineClamp: maxLines, display: 'block' as const };
  return {
    type: 'div',
    props: {
      style: {
        fontFamily: CARD_FONT_FAMILY,
        fontSize,
        fontWeight: 700,
        lineHeight,
        color: '#111111',
        ...clamp,
      },
      children: title,
    },
  };
}

/** Measures the height the title needs at one size. */
export async function measureTitle(
  title: string,
  fontSize: number,
  box: TitleBox,
  fonts: Font[],
): Promise<number> {
  const node = {
    type: 'div',
    props: {
      style: { display: 'flex', width: box.width },
      children: titleNode(title, fontSize, box.lineHeight),
    },
  };
  // Only the height is read: without embedFont satori lays the text out with the
  // same font metrics but writes <text> instead of tracing every glyph as a
  // path, ≈ 4× cheaper (a tenth of a card's CPU); the heights are the same.
  const svg = await satori(node, { width: box.width, fonts, embedFont: false });
  const height = /<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1];
  if (height === undefined)
    throw new Error('social cards: satori returned an SVG without a height');
  return Number(height);
}

/** Finds the largest size at which the whole title fits the box. */
export async function fitTitle(
  title: string,
  fonts: Font[],
  box: TitleBox = TITLE_BOX,
): Promise<TitleFit> {
  for (const fontSize of box.sizes) {
    const height = await measureTitle(title, fontSize, box, fonts);
    if (height <= box.height + 1) {
      return {
        fontSize,
        maxLines: Math.max(1, Math.floor(box.height / (fontSize * box.lineHeight))),
        clamped: false,
      };
    }
  }
  const fontSize = box.sizes.at(-1) ?? 40;
  return {
    fontSize,
    maxLines: Math.max(1, Math.floor(box.height / (fontSize * box.lineHeight))),
    clamped: true,
  };
}
