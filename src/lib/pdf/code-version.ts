import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const versions = new Map<string, Promise<string>>();

/**
 * A hash of the PDF step's own code (this folder): the page HTML and its
 * assets are hashed per document, but a change to how tables are fitted or
 * metadata written must also reprint every PDF, without anyone having to
 * remember to bump a version number.
 */
export function printCodeVersion(dir: string = import.meta.dirname): Promise<string> {
  let version = versions.get(dir);
  if (version) return version;
  version = (async () => {
    const hash = createHash('sha256');
    const names = (await readdir(dir)).filter((name) => name.endsWith('.ts')).sort();
    for (const name of names) {
      hash.update(name);
      hash.update(await readFile(path.join(dir, name)));
    }
    return hash.digest('hex');
  })();
  versions.set(dir, version);
  return version;
}
