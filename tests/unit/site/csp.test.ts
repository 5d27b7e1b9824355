import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../fixtures/config/planverk.config.ts';
import { checkPagePolicy } from '../../../src/lib/site/csp-guard.ts';
import {
  accentCss,
  contentSecurityPolicy,
  inlineHash,
  sitePolicy,
} from '../../../src/lib/site/csp.ts';
import { headersFile, needsSandbox } from '../../../src/lib/build/headers.ts';

const README = readFileSync(path.join(import.meta.dirname, '../../../README.md'), 'utf8');

describe('the site policy', () => {
  const meta = sitePolicy(config);
  it('allows nothing inline or evaluated but Pagefind’s WebAssembly and the hashed accent style', () => {
    expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(meta).toContain(`style-src 'self' ${inlineHash(accentCss(config))};`);
    for (const d of [
      "default-src 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ])
      expect(meta).toContain(d);
  });
  it('adds frame-ancestors only to the header (browsers ignore it in a meta tag)', () => {
    expect(meta).not.toContain('frame-ancestors');
    expect(sitePolicy(config, { header: true })).toBe(`${meta}; frame-ancestors 'none'`);
  });
  it('hashes the exact text (sha256, base64)', () => {
    expect(inlineHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
  it('relaxes only style-src on the dev server', () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("style-src 'self' 'unsafe-inline';");
    expect(contentSecurityPolicy({ dev: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
  it('is the one the README tells hosts to set (nginx, Apache, _headers)', () => {
    const header = sitePolicy(config, { header: true });
    expect(README.split(header).length - 1).toBe(4);
  });
});

describe('_headers', () => {
  const files = [
    'index.html',
    'dokument/a/b/index.html',
    'dokument/a/b/b.pdf',
    'dokument/a/b/t.csv',
    'vapen/x.svg',
  ];
  it('sandboxes author files and SVGs, not pages or PDFs', () => {
    expect(files.filter(needsSandbox)).toEqual(['dokument/a/b/t.csv', 'vapen/x.svg']);
    const text = headersFile(config, files);
    expect(text).toContain(`/*\n  X-Content-Type-Options: nosniff\n`);
    expect(text).toContain(`  Content-Security-Policy: ${sitePolicy(config, { header: true })}\n`);
    expect(text).toContain('/dokument/a/b/t.csv\n  Content-Security-Policy: sandbox\n');
    expect(text).not.toContain('/dokument/a/b/b.pdf');
  });
});

describe('checkPagePolicy', () => {
  const policy = contentSecurityPolicy({ styles: ['a{}'] });
  const page = (head: string, body = ''): string =>
    `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

  it('accepts a page with the policy first and only hashed inline style', () => {
    expect(
      checkPagePolicy(
        page(
          `${meta}<style>a{}</style><script src="/x.js"></script>`,
          '<script type="application/ld+json">{}</script>',
        ),
        policy,
      ),
    ).toEqual([]);
  });
  it('refuses a missing or late policy, another policy, and what it does not allow', () => {
    expect(checkPagePolicy(page(''), policy)).toEqual([
      'no Content-Security-Policy meta tag in <head>',
    ]);
    expect(
      checkPagePolicy(page(`<link rel="stylesheet" href="/a.css">${meta}`), policy)[0],
    ).toMatch(/<link> comes before/);
    expect(checkPagePolicy(page(meta.replace("'none'", '*')), policy)[0]).toMatch(/^the policy is/);
    const problems = checkPagePolicy(
      page(
        `${meta}<style>b{}</style>`,
        '<script>x()</script><p style="color:red" onclick="x()"><a href=" java\nscript:x()">a</a></p>',
      ),
      policy,
    );
    expect(problems).toHaveLength(5);
  });
});
