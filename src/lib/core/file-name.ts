import { posix } from 'node:path';

/** Lower-case extension without the dot (`pdf`), or `''`. */
export function extensionOf(file: string): string {
  const ext = posix.extname(file);
  return ext ? ext.slice(1).toLowerCase() : '';
}
