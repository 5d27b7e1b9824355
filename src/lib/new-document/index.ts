/** Public API of `npm run new`: parse arguments, create a document from a template. */
export { parseNewArgs, type NewDocumentRequest } from './args.ts';
export {
  createDocument,
  type NewDocumentConfig,
  type NewDocumentContext,
  type NewDocumentResult,
} from './create-document.ts';
export { NewDocumentError } from './errors.ts';
export { fillTemplate, type TemplateValues } from './fill-template.ts';
