/**
 * What a document's card says, in the document's målform: the interface
 * words come from the site dictionary; the coat of arms is read from
 * `public/` and embedded as a data URL, because satori loads no files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/schema.ts';
import { formatDate, docStatusLabel } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import type { PlanDocument } from '../model/types.ts';
import type { CardData } from './card.ts';

const MIME: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

/** Reads a coat of arms under `public/` as a data URL; undefined (and a warning) when missing. */
export async function armsDataUrl(
  publicDir: string,
  sitePath: string,
  warn: (text: string) => void,
): Promise<string | undefined> {
  const file = path.join(publicDir, ...sitePath.split('/').filter(Boolean));
  const mime = MIME[path.extname(file).toLowerCase()];
  try {
    const data = await readFile(file);
    if (!mime) throw new Error(`unsupported image type ${path.extname(file)}`);
    return `data:${mime};base64,${data.toString('base64')}`;
  } catch (error) {
    warn(
      `social cards: coat of arms ${file} not used (${error instanceof Error ? error.message : String(error)}); the card shows the name only`,
    );
    return undefined;
  }
}

/** The card content of one document. `arms` maps kommune names to data URLs. */
export function cardData(
  doc: PlanDocument,
  config: SiteConfig,
  arms: ReadonlyMap<string, string | undefined>,
): CardData {
  const m = doc.malform;
  return {
    title: doc.title,
    typeLabel: t(m, `type.${doc.type}`),
    statusLabel: docStatusLabel(doc, m),
    dateText: formatDate(doc.date, m),
    kommuner: doc.kommune.map((name) => ({ name, arms: arms.get(name) })),
    siteName: config.siteName,
    accent: config.accentColor,
  };
}
