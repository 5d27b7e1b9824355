/**
 * The social-card build step: one 1200×630 PNG per published document at
 * `/bilde/<slug>.png`. A card is rendered only when what it shows changed:
 * PNGs are cached in `<cacheDir>/social/<hash>.png`, keyed by the card's
 * content and the renderer version.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext, BuildStep } from '../output/step.ts';
import type { ManifestField } from '../output/manifest.ts';
import { startProgress } from '../output/progress.ts';
import { armsDataUrl, cardData } from './card-data.ts';
import type { CardData } from './card.ts';
import { cardUrl } from '../core/card-url.ts';
import { renderCard } from './render.ts';

/** Bump when the card layout changes, so every cached card is redrawn. */
const RENDER_VERSION = '1';

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
    for (const doc of docs) {
      const data = cardData(doc, context.config, arms);
      const cached = path.join(cacheDir, `${cardHash(data)}.png`);
      const target = path.join(context.outDir, ...cardUrl(doc).split('/'));
      try {
        if (!(await exists(cached))) {
          const card = await renderCard(data);
          if (card.fit.clamped)
            context.logger.warn(
              `social cards: title of ${doc.sourcePath} shortened with «…» on its card`,
            );
          await writeFile(cached, card.png);
          rendered++;
        }
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(cached, target);
      } catch (error) {
        progress.done();
        throw new Error(`social cards: could not make the card of ${doc.sourcePath}`, {
          cause: error,
        });
      }
      progress.tick();
    }
    progress.done();
    const ms = Math.round(performance.now() - started);
    context.logger.info(
      `social cards: ${docs.length} cards (${rendered} rendered, ${docs.length - rendered} from cache) in ${ms} ms`,
    );
  },
};

/** Adds `bilde` (the card URL) to each manifest row whose card exists in the staged output. */
export const socialCardManifestField: ManifestField = async (doc, context) => {
  const url = cardUrl(doc);
  return (await exists(path.join(context.outDir, ...url.split('/')))) ? { bilde: url } : undefined;
};
