/** Public API of `npm run import`: parse arguments, import a .docx as a draft. */
export { parseImportArgs, type ImportRequest } from './args.ts';
export {
  importDocx,
  type ImportConfig,
  type ImportContext,
  type ImportResult,
} from './import-document.ts';
export { ImportError } from './errors.ts';
export { DEFAULT_LIMITS, type DocxLimits } from './docx-guard.ts';
