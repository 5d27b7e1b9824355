/**
 * Scratch folders for tests, under the system's temp folder. Each is removed
 * when the test that made it ends, or, when made while a file's tests are
 * being collected (in a describe body), after that describe's tests: repeated
 * runs leave nothing behind in /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a running test: vitest refuses onTestFinished there.
    afterAll(remove);
  }
  return dir;
}
