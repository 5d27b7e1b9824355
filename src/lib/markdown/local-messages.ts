import type { FileVerdict } from '../files/file-safety.ts';
import { verdictMessage } from '../files/file-safety.ts';
import { problemMessage } from '../i18n/problems.ts';
import type { Malform } from '../core/types.ts';

/** Rule ids of the messages rehype-local-images and rehype-local-links attach. */
export const LOCAL_RULES = {
  remoteImage: 'planverk:remote-image',
  imageOutside: 'planverk:image-outside',
  imageMissing: 'planverk:image-missing',
  imageType: 'planverk:image-type',
  imageAlt: 'planverk:image-alt',
  linkOutside: 'planverk:link-outside',
  linkMissing: 'planverk:link-missing',
  linkDraft: 'planverk:link-draft',
  anchorMissing: 'planverk:anchor-missing',
  nameClash: 'planverk:file-name-clash',
  // A file that is not safe to publish (src/lib/files/file-safety.ts); the
  // same rule ids, without the prefix, as for a vedlegg.
  fileType: 'planverk:fil-type',
  fileContent: 'planverk:fil-innhald',
  svgMalformed: 'planverk:svg-ugyldig',
  svgActive: 'planverk:svg-aktivt',
} as const;

/** Rules whose messages are errors (they stop the build); the rest are warnings. */
export const LOCAL_ERROR_RULES: ReadonlySet<string> = new Set([
  LOCAL_RULES.remoteImage,
  LOCAL_RULES.imageOutside,
  LOCAL_RULES.imageMissing,
  LOCAL_RULES.imageType,
  LOCAL_RULES.linkOutside,
  LOCAL_RULES.linkMissing,
  LOCAL_RULES.linkDraft,
  LOCAL_RULES.nameClash,
  LOCAL_RULES.fileType,
  LOCAL_RULES.fileContent,
  LOCAL_RULES.svgMalformed,
  LOCAL_RULES.svgActive,
]);

/**
 * The rule and message of a body file that may not be published, worded as
 * for a vedlegg (the `problem` section of src/lib/i18n/nb.ts) so both read alike.
 */
export function refusedFile(
  verdict: Exclude<FileVerdict, { ok: true }>,
  shown: string,
  malform: Malform,
): { ruleId: string; reason: string } {
  const { ruleId, args } = verdictMessage(verdict, shown);
  return { ruleId: `planverk:${ruleId}`, reason: problemMessage(ruleId, malform, args) };
}
