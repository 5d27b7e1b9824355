import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ManifestField } from '../output/manifest.ts';
import { cardUrl } from '../core/card-url.ts';

/**
 * Adds `bilde` (the card URL) to each manifest row whose card exists in the
 * staged output. Its own module, so the manifest step does not load the
 * card step (src/lib/build/build-steps.ts).
 */
export const socialCardManifestField: ManifestField = async (doc, context) => {
  const url = cardUrl(doc);
  const found = await stat(path.join(context.outDir, ...url.split('/'))).then(
    () => true,
    () => false,
  );
  return found ? { bilde: url } : undefined;
};
