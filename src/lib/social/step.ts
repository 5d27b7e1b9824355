/**
 * The social-card build step: one 1200×630 PNG per published document at
 * `/bilde/<slug>.png`. A card is rendered only when what it shows changed:
 * PNGs are cached in `<cacheDir>/social/<hash>.png`, keyed by the card's
 * content and the renderer version.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { BuildContext, BuildStep } from '../output/step.ts';
import { startProgress } from '../output/progress.ts';
import { armsDataUrl, cardData } from './card-data.ts';
import type { CardData } from './card.ts';
import { cardUrl } from '../core/card-url.ts';
import type { CardPool } from './pool.ts';
import type { PlanDocument } from '../model/types.ts';

/** Bump when the card layout changes, so every cached card is redrawn. */
const RENDER_VERSION = '1';

/** Cards are small jobs: beyond a few workers, starting them costs more than they save. */
const MAX_CARD_WORKERS = 4;

/**
 * Cards to draw per worker thread: a worker loads satori, resvg and the
 * fonts again (≈ 0.5 s of CPU) before its first card (≈ 75 ms), so a few
 * cards are drawn sooner, and with less CPU, in this thread.
 */
const CARDS_PER_WORKER = 16;

/**
 * How many threads draw `missing` cards: this one (1) for fewer than two
 * workers' worth, else a worker per CARDS_PER_WORKER cards, up to the cores
 * (or `parallel`) and MAX_CARD_WORKERS.
 */
export function cardThreads(missing: number, parallel: number): number {
  return Math.max(1, Math.min(parallel, MAX_CARD_WORKERS, Math.floor(missing / CARDS_PER_WORKER)));
}

/** The cache key of a card: its content and the renderer version. */
export function cardHash(data: CardData): string {
  return createHash('sha256')
    .update(RENDER_VERSION)
    .update(JSON.stringify(data))
    .digest('hex')
    .slice(0, 32);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Renders (or reuses) the cards of a build's published documents. */
export const socialCardsStep: BuildStep = {
  name: 'social-cards',
  async run(context: BuildContext) {
    const started = performance.now();
    const docs = context.documents.filter((d) => context.preview || d.status !== 'utkast');
    const publicDir = path.join(context.root, 'public');
    const arms = new Map<string, string | undefined>();
    for (const k of context.config.kommuner) {
      arms.set(
        k.name,
        await armsDataUrl(publicDir, k.coatOfArms, (text) => context.logger.warn(text)),
      );
    }
    const cacheDir = path.join(context.cacheDir, 'social');
    await mkdir(cacheDir, { recursive: true });
    let rendered = 0;
    const progress = startProgress('social cards', docs.length, { log: context.logger.info });
    const cards = docs.map((doc) => {
      const data = cardData(doc, context.config, arms);
      return { data, cached: path.join(cacheDir, `${cardHash(data)}.png`) };
    });
    // Only the cards not in the cache need a drawing thread: when all are
    // cached, satori and resvg are never loaded and no worker starts.
    const missing = new Set<string>();
    for (const { cached } of cards) if (!(await exists(cached))) missing.add(cached);
    const pool: CardPool | undefined =
      missing.size === 0
        ? undefined
        : await (
            await import('./pool.ts')
          ).cardPool(cardThreads(missing.size, context.parallel ?? availableParallelism()));
    // One drawing per cache file, however many documents share the card.
    const drawing = new Map<string, Promise<boolean>>();
    /** Writes the card to the cache unless it is there; true when it was drawn (clamped or not). */
    const ensure = (
      data: CardData,
      cached: string,
    ): Promise<{ drawn: boolean; clamped: boolean }> => {
      let clamped = false;
      let job = drawing.get(cached);
      const first = job === undefined;
      job ??= (async () => {
        if (pool === undefined || (await exists(cached))) return false;
        const card = await pool.draw(data);
        clamped = card.clamped;
        await writeFile(cached, card.png);
        return true;
      })();
      drawing.set(cached, job);
      return job.then((drawn) => ({ drawn: first && drawn, clamped }));
    };
    // Cards in flight: enough to keep every worker busy, few enough that
    // finished PNGs do not pile up; results are taken in document order, so
    // the log and the output are those of one card after another.
    const ahead = Math.max(1, pool?.workers ?? 0) * 2;
    const jobs: { cached: string; card: Promise<{ drawn: boolean; clamped: boolean }> }[] = [];
    const start = (i: number): void => {
      const planned = cards[i];
      if (planned === undefined || jobs[i] !== undefined) return;
      const { data, cached } = planned;
      const card = ensure(data, cached);
      // Awaited below in order; a failure before then must not be unhandled.
      card.catch(() => undefined);
      jobs[i] = { cached, card };
    };
    try {
      for (let i = 0; i < docs.length; i++) {
        for (let j = i; j < i + ahead; j++) start(j);
        const doc = docs[i] as PlanDocument;
        const target = path.join(context.outDir, ...cardUrl(doc).split('/'));
        const job = jobs[i] as (typeof jobs)[number];
        try {
          const card = await job.card;
          if (card.clamped)
            context.logger.warn(
              `social cards: title of ${doc.sourcePath} shortened with «…» on its card`,
            );
          if (card.drawn) rendered++;
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(job.cached, target);
        } catch (error) {
          progress.done();
          throw new Error(`social cards: could not make the card of ${doc.sourcePath}`, {
            cause: error,
          });
        }
        progress.tick();
      }
    } finally {
      await pool?.close();
    }
    progress.done();
    const ms = Math.round(performance.now() - started);
    context.logger.info(
      `social cards: ${docs.length} cards (${rendered} rendered, ${docs.length - rendered} from cache) in ${ms} ms`,
    );
  },
};
