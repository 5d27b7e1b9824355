/**
 * `npm run import -- FILE.docx [--type T] [--kommune K] [--malform nb|nn] [--ut sti.md]`:
 * imports a Word document as a draft. Logic lives in src/lib/import.
 */
import config from '../planverk.config.ts';
import { DOC_TYPES } from '../src/lib/model/vocabulary.ts';
import { importDocx, ImportError, parseImportArgs } from '../src/lib/import/index.ts';
import { t } from '../src/lib/i18n/index.ts';

try {
  const request = parseImportArgs(process.argv.slice(2), config.defaultMalform);
  const malform = request.malform ?? config.defaultMalform;
  if (request.help) {
    console.log(t(malform, 'import.help', DOC_TYPES.map((d) => d[malform]).join(', ')));
  } else {
    const result = await importDocx(request, { root: process.cwd(), config });
    for (const notice of result.notices) console.log(notice);
    console.log(t(result.malform, 'import.created', result.displayPath));
    for (const file of result.files) console.log(`  + ${file}`);
    if (result.unmapped.length > 0) {
      console.log(t(result.malform, 'import.unmapped'));
      for (const line of result.unmapped) console.log(`  - ${line}`);
    }
  }
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
