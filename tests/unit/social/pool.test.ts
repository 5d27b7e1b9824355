import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { armsDataUrl } from '../../../src/lib/social/card-data.ts';
import type { CardData } from '../../../src/lib/social/card.ts';
import { cardPool } from '../../../src/lib/social/pool.ts';
import { renderCard } from '../../../src/lib/social/render.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/data');

async function data(title: string): Promise<CardData> {
  const fail = (text: string) => {
    throw new Error(text);
  };
  return {
    title,
    typeLabel: 'Handlingsplan',
    statusLabel: 'Vedteken',
    dateText: '26. mars 2020',
    kommuner: [
      {
        name: 'Årdal',
        arms: await armsDataUrl(path.join(fixtures, 'public'), '/vapen/ardal.svg', fail),
      },
    ],
    siteName: 'Planverk – planar og vedtak',
    accent: '#1d4f7c',
  };
}

// Starting workers and loading satori in each takes seconds on a busy machine.
describe('card pool', { timeout: 60_000 }, () => {
  it('draws in worker threads exactly the PNGs this thread draws, each answer to its own card', async () => {
    const cards = await Promise.all(
      ['Kort', 'Sámi: ŋ š đ ŧ ž č', 'Økonomiplan for Årdal 2024–2027'].map(data),
    );
    const pool = await cardPool(2);
    try {
      // Workers need Node's type stripping (what runs the build); a runtime without it draws here.
      expect(pool.workers).toBe(2);
      const drawn = await Promise.all(cards.map((c) => pool.draw(c)));
      for (const [i, c] of cards.entries()) {
        const own = await renderCard(c);
        expect(Buffer.compare(drawn[i]?.png ?? Buffer.alloc(0), own.png)).toBe(0);
        expect(drawn[i]?.clamped).toBe(own.fit.clamped);
      }
    } finally {
      await pool.close();
    }
  });
  it('fails the card whose drawing fails, and goes on with the others', async () => {
    const pool = await cardPool(2);
    try {
      const broken = { ...(await data('x')), kommuner: undefined } as unknown as CardData;
      await expect(pool.draw(broken)).rejects.toThrow();
      expect((await pool.draw(await data('Etter feilen'))).png.length).toBeGreaterThan(1000);
    } finally {
      await pool.close();
    }
  });
  it('draws in this thread when one worker is asked for', async () => {
    const pool = await cardPool(1);
    expect(pool.workers).toBe(0);
    expect((await pool.draw(await data('Eitt kort'))).png.length).toBeGreaterThan(1000);
    await pool.close();
  });
});
