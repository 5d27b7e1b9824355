/**
 * Renders a card to PNG: fit the title, lay the card out with satori, and
 * rasterise the SVG with resvg at exactly 1200×630.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardNode, type CardData } from './card.ts';
import { fitTitle, type TitleFit } from './fit-title.ts';
import { cardFonts } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../core/card-url.ts';

/** A rendered card and how its title was fitted (for logs and tests). */
export interface RenderedCard {
  png: Buffer;
  fit: TitleFit;
}

/** Renders one card. */
export async function renderCard(data: CardData): Promise<RenderedCard> {
  const fonts = await cardFonts();
  const fit = await fitTitle(data.title, fonts);
  const svg = await satori(cardNode(data, fit), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  // Satori draws every letter as a path, so the SVG has no text for resvg to
  // lay out: loading the system fonts (resvg's default, ≈ 40 ms a card on
  // this machine) would only be thrown away. The PNG is the same byte for byte.
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  return { png, fit };
}
