import type { AttachmentResolver } from './attachments.ts';
import type { Malform } from './types.ts';

/** What checking one file needs to know about the site and the file system. */
export interface CheckContext {
  /** From the site config: the kommuner (first is the default) and the default målform. */
  config: { kommuner: readonly { name: string }[]; defaultMalform: Malform };
  /** Content folder relative to the project root, POSIX (`content`); prefixes Problem.file. */
  contentDir: string;
  /** Checks attachments; see attachments.ts. */
  resolveAttachment: AttachmentResolver;
}
