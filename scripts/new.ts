/**
 * `npm run new -- <type> "Tittel" [--malform nn] [--kommune Årdal] [--dir mappe] [--strategi id]`:
 * creates a new draft document from templates/. Logic lives in src/lib/new-document.
 */
import config from '../planverk.config.ts';
import { DOC_TYPES } from '../src/lib/model/vocabulary.ts';
import { createDocument, NewDocumentError, parseNewArgs } from '../src/lib/new-document/index.ts';
import { t } from '../src/lib/i18n/index.ts';

try {
  const request = parseNewArgs(process.argv.slice(2), config.defaultMalform);
  const malform = request.malform ?? config.defaultMalform;
  if (request.help) {
    console.log(t(malform, 'cli.help', DOC_TYPES.map((d) => d[malform]).join(', ')));
  } else {
    const result = await createDocument(request, { root: process.cwd(), config });
    for (const notice of result.notices) console.log(notice);
    console.log(t(result.malform, 'cli.created', result.displayPath));
  }
} catch (error) {
  if (!(error instanceof NewDocumentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
