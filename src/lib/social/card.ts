/**
 * The layout of one social card as a satori element tree: accent bar,
 * coat(s) of arms with kommune names, document type, the fitted title, and
 * status and date at the bottom. Plain objects, so no JSX toolchain is needed.
 */
import type { TitleFit } from './fit-title.ts';
import { TITLE_BOX, titleNode } from './fit-title.ts';
import { CARD_FONT_FAMILY } from './fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../core/card-url.ts';

/** Everything printed on a card, already in the document's målform. */
export interface CardData {
  title: string;
  /** «Strategi», «Saksframlegg» … */
  typeLabel: string;
  /** «Vedteken», «På høyring» … */
  statusLabel: string;
  /** «26. mars 2020». */
  dateText: string;
  kommuner: { name: string; arms?: string | undefined }[];
  siteName: string;
  /** Hex colour of the bar and the type label. */
  accent: string;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: unknown,
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  props: { style, children, ...extra },
});

/** Builds the card tree for a title already fitted with `fitTitle`. */
export function cardNode(data: CardData, fit: TitleFit): Node {
  const arms = data.kommuner
    .filter((k) => k.arms)
    .map((k) =>
      el('img', { height: 84, width: 70, objectFit: 'contain' }, undefined, {
        src: k.arms,
        width: 70,
        height: 84,
      }),
    );
  const names = data.kommuner.map((k) => k.name).join(' · ');
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      backgroundColor: '#ffffff',
      borderTop: `18px solid ${data.accent}`,
      padding: '40px 64px 44px',
      fontFamily: CARD_FONT_FAMILY,
      color: '#111111',
    },
    [
      el('div', { display: 'flex', alignItems: 'center', gap: 20, height: 90 }, [
        ...arms,
        el(
          'div',
          { display: 'flex', flexDirection: 'column', marginLeft: arms.length > 0 ? 8 : 0 },
          [
            el('div', { fontSize: 34, fontWeight: 700 }, names),
            el('div', { fontSize: 24, color: '#444444' }, data.siteName),
          ],
        ),
      ]),
      el(
        'div',
        {
          display: 'flex',
          fontSize: 28,
          fontWeight: 700,
          color: data.accent,
          marginTop: 28,
          textTransform: 'uppercase',
          letterSpacing: 2,
        },
        data.typeLabel,
      ),
      el(
        'div',
        {
          display: 'flex',
          width: TITLE_BOX.width,
          height: TITLE_BOX.height,
          marginTop: 12,
          overflow: 'hidden',
        },
        [titleNode(data.title, fit.fontSize, TITLE_BOX.lineHeight, fit.maxLines)],
      ),
      el(
        'div',
        { display: 'flex', alignItems: 'center', gap: 24, marginTop: 'auto', fontSize: 30 },
        [
          el(
            'div',
            {
              display: 'flex',
              padding: '6px 18px',
              borderRadius: 8,
              backgroundColor: data.accent,
              color: '#ffffff',
              fontWeight: 700,
            },
            data.statusLabel,
          ),
          el('div', { display: 'flex', color: '#333333' }, data.dateText),
        ],
      ),
    ],
  );
}
