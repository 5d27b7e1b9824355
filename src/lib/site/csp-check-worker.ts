/**
 * A worker thread of the security check (src/lib/site/csp-check-pool.ts):
 * checks one page at a time with the same checkPagePolicy the build's own
 * thread uses and answers its problems.
 */
import { parentPort } from 'node:worker_threads';
import { checkPagePolicy } from './csp-guard.ts';

/** A page to check against the policy it must carry. */
export interface CspJob {
  html: string;
  expected: string;
}

/** The page's problems, or why the check failed; `ready` once loaded. */
export type CspAnswer = { problems: string[] } | { error: string } | { ready: true };

const port = parentPort;
if (port) {
  port.on('message', (job: CspJob) => {
    try {
      port.postMessage({ problems: checkPagePolicy(job.html, job.expected) } satisfies CspAnswer);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ error: message } satisfies CspAnswer);
    }
  });
  port.postMessage({ ready: true } satisfies CspAnswer);
}
