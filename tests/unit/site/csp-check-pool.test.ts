/**
 * The security step checks pages no earlier build checked on worker threads
 * when there are many (src/lib/site/csp-check-pool.ts). The workers must give
 * the problems this thread gives, page for page, hostile pages included.
 */
import { describe, expect, it } from 'vitest';
import { checkPagePolicy } from '../../../src/lib/site/csp-guard.ts';
import { contentSecurityPolicy } from '../../../src/lib/site/csp.ts';
import { checkPool } from '../../../src/lib/site/csp-check-pool.ts';

const policy = contentSecurityPolicy({ styles: ['a{}'] });
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const page = (head: string, body = ''): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const PAGES = [
  page(`${meta}<style>a{}</style>`, '<p>Ei vanleg side.</p>'),
  page(''),
  page(`${meta}`, '<img src=x onerror="alert(1)">'),
  page(`${meta}`, '<svg><style>b{}</style></svg><a href=" java\nscript:x()">a</a>'),
  page(`${meta}`, '<script>x()</script><p style="color:red">raud</p>'),
  page(`<script src="/x.js"></script>${meta}`),
];

describe('the security check on worker threads', () => {
  it('starts its workers and gives the problems this thread gives, in page order', async () => {
    const pool = await checkPool(2);
    try {
      expect(pool.workers).toBe(2);
      const fromPool = await Promise.all(PAGES.map((html) => pool.check(html, policy)));
      const here = PAGES.map((html) => checkPagePolicy(html, policy));
      expect(fromPool).toEqual(here);
      expect(here.filter((problems) => problems.length > 0)).toHaveLength(5);
    } finally {
      await pool.close();
    }
  });
});
