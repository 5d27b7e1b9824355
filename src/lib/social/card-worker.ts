/**
 * A worker thread that renders social cards (src/lib/social/pool.ts): satori
 * and resvg are synchronous and CPU-bound (≈ 75 ms a card), so the cards of
 * a build are drawn on every core. The fonts load once per worker.
 */
import { parentPort } from 'node:worker_threads';
import type { CardData } from './card.ts';
import { renderCard } from './render.ts';

/** A card to draw. */
export interface CardJob {
  id: number;
  data: CardData;
}

/** What the worker answers: the PNG and whether the title was clamped, or why it failed. */
export type CardAnswer =
  | { id: number; png: Uint8Array; clamped: boolean }
  | { id: number; error: string }
  | { ready: true };

const port = parentPort;
if (port) {
  port.on('message', (job: CardJob) => {
    renderCard(job.data).then(
      (card) => {
        const png = new Uint8Array(card.png.buffer, card.png.byteOffset, card.png.byteLength);
        port.postMessage({ id: job.id, png, clamped: card.fit.clamped } satisfies CardAnswer);
      },
      (error: unknown) => {
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        port.postMessage({ id: job.id, error: message } satisfies CardAnswer);
      },
    );
  });
  port.postMessage({ ready: true } satisfies CardAnswer);
}
