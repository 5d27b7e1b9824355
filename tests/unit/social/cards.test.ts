import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import { describe, expect, it } from 'vitest';
import { armsDataUrl } from '../../../src/lib/social/card-data.ts';
import type { CardData } from '../../../src/lib/social/card.ts';
import { fitTitle, measureTitle, TITLE_BOX, titleNode } from '../../../src/lib/social/fit-title.ts';
import { cardFonts } from '../../../src/lib/social/fonts.ts';
import { renderCard } from '../../../src/lib/social/render.ts';
import { cardHash } from '../../../src/lib/social/step.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/data');
// Rendered cards are kept here so a person can look at them (CARDS_OUT overrides).
const out =
  process.env['CARDS_OUT'] ??
  path.resolve(import.meta.dirname, '../../../.planverk/test-output/cards');

/** The longest title of the fixtures (tests/fixtures/data/site). */
export const LONGEST_TITLE =
  'Handlingsplan for oppfølging av felles digitaliseringsstrategi for Årdal og Lærdal kommunar 2020–2025: tiltak, ansvar, fristar, kostnader og finansiering for innbyggjarretta tenester, organisasjon, infrastruktur og informasjonstryggleik i heile perioden';

async function card(title: string, name: string): Promise<ReturnType<typeof renderCard>> {
  const warn = (text: string) => {
    throw new Error(text);
  };
  const data: CardData = {
    title,
    typeLabel: 'Handlingsplan',
    statusLabel: 'Vedteken',
    dateText: '26. mars 2020',
    kommuner: [
      {
        name: 'Årdal',
        arms: await armsDataUrl(path.join(fixtures, 'public'), '/vapen/ardal.svg', warn),
      },
      {
        name: 'Lærdal',
        arms: await armsDataUrl(path.join(fixtures, 'public'), '/vapen/laerdal.svg', warn),
      },
    ],
    siteName: 'Planverk – planar og vedtak',
    accent: '#1d4f7c',
  };
  const rendered = await renderCard(data);
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, `${name}.png`), rendered.png);
  return rendered;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('social cards', () => {
  it('keeps a short title large', async () => {
    const { png, fit } = await card('Felles digitaliseringsstrategi', 'kort');
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(fit).toMatchObject({ fontSize: 72, clamped: false });
  });

  it('shrinks the longest fixture title and clamps it inside its box', async () => {
    const { png, fit } = await card(LONGEST_TITLE, 'lengst');
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(fit.fontSize).toBeLessThan(72);
    // Laid out with the card's clamp, the title never needs more than its box.
    const fonts = await cardFonts();
    const clampedNode = {
      type: 'div',
      props: {
        style: { display: 'flex', width: TITLE_BOX.width },
        children: titleNode(LONGEST_TITLE, fit.fontSize, TITLE_BOX.lineHeight, fit.maxLines),
      },
    };
    const svg = await satori(clampedNode, { width: TITLE_BOX.width, fonts });
    expect(Number(/height="([\d.]+)"/.exec(svg)?.[1])).toBeLessThanOrEqual(TITLE_BOX.height + 1);
    const doubled = await fitTitle(`${LONGEST_TITLE} ${LONGEST_TITLE}`, fonts);
    expect(doubled.clamped).toBe(true);
    expect(await measureTitle('Kort', 72, TITLE_BOX, fonts)).toBeLessThan(100);
  });

  it('measures a title as tall as the card draws it (glyphs traced), at every size', async () => {
    const fonts = await cardFonts();
    const traced = async (title: string, size: number): Promise<number> => {
      const node = {
        type: 'div',
        props: {
          style: { display: 'flex', width: TITLE_BOX.width },
          children: titleNode(title, size, TITLE_BOX.lineHeight),
        },
      };
      const svg = await satori(node, { width: TITLE_BOX.width, fonts });
      return Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
    };
    for (const title of [LONGEST_TITLE, 'Kort', 'Sámediggi: ŋ š đ ŧ ž č á – Čoahkkin'])
      for (const size of TITLE_BOX.sizes)
        expect(await measureTitle(title, size, TITLE_BOX, fonts)).toBe(await traced(title, size));
  });

  it('draws æøå and the Sámi letters with real glyphs, not a missing-glyph box', async () => {
    await card('Sámediggi: ŋ š đ ŧ ž č á – Čoahkkin, Guovdageaidnu, Åfjord og Ærøy', 'samisk');
    const fonts = await cardFonts();
    const glyph = async (ch: string) => {
      const svg = await satori(
        { type: 'div', props: { style: { display: 'flex', fontSize: 40 }, children: ch } },
        { width: 80, height: 80, fonts },
      );
      return /<path[^>]* d="([^"]+)"/.exec(svg)?.[1] ?? '';
    };
    const letters = ['æ', 'ø', 'å', 'ŋ', 'š', 'đ', 'ŧ', 'ž', 'č', 'á'];
    const paths = await Promise.all(letters.map(glyph));
    const unknown = await glyph('\u{10FFFD}');
    for (const [i, d] of paths.entries()) {
      expect(d, letters[i]).not.toBe('');
      expect(d, letters[i]).not.toBe(unknown);
    }
    expect(new Set(paths).size).toBe(letters.length);
  });

  it('keys the cache on what the card shows', () => {
    const base: CardData = {
      title: 'A',
      typeLabel: 'Plan',
      statusLabel: 'Vedteken',
      dateText: '1. mai 2020',
      kommuner: [{ name: 'Årdal' }],
      siteName: 'S',
      accent: '#000000',
    };
    expect(cardHash(base)).toBe(cardHash({ ...base }));
    expect(cardHash(base)).not.toBe(cardHash({ ...base, statusLabel: 'Oppheva' }));
  });
});
