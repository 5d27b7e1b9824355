import { createHash } from 'node:crypto';
import type { SiteConfig } from '../config/schema.ts';

/*
 * The one place that decides the site's Content-Security-Policy: the
 * `<meta http-equiv>` every page carries (src/layouts/Base.astro, the dev
 * problem page), the `_headers` file the build writes (src/lib/site/headers.ts)
 * and the README's server examples all come from here, so they cannot drift.
 * Nothing inline runs unless its exact text is hashed here; the only inline
 * block the site writes is the accent colour from planverk.config.ts.
 */

/** The `:root` rule with the accent colour, written inline in every page's <head>. */
export function accentCss(config: Pick<SiteConfig, 'accentColor'>): string {
  // `html:root` outranks global.css's default on `:root`, which loads after this block.
  return `html:root{--pv-accent:${config.accentColor}}`;
}

/** The CSP source expression for one inline block: `'sha256-<base64>'` of its exact text. */
export function inlineHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** What a policy is built for. */
export interface PolicyOptions {
  /** Exact texts of the inline `<style>` blocks the page may carry. */
  styles?: readonly string[];
  /**
   * The dev server: Vite injects component CSS as inline `<style>` from
   * script, so styles are allowed inline there (scripts stay strict).
   */
  dev?: boolean;
  /**
   * An HTTP header rather than a meta tag: adds `frame-ancestors`, which
   * browsers ignore (and log an error for) in a meta tag.
   */
  header?: boolean;
}

/**
 * The policy as a header value. Pagefind (the search page) fetches its index
 * and WebAssembly with `fetch`, compiles the WebAssembly
 * (`'wasm-unsafe-eval'`, which allows no JavaScript eval) and may start its
 * worker script from the same origin.
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const styles = options.dev
    ? ["'self'", "'unsafe-inline'"]
    : ["'self'", ...(options.styles ?? []).map(inlineHash)];
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['style-src', ...styles],
    // data: for the design system's inline SVG icons in CSS; an image cannot run script.
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
    ...(options.header ? [['frame-ancestors', "'none'"] as [string, string]] : []),
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The policy of every page of the site (its meta tag, or with `header` the HTTP header). */
export function sitePolicy(
  config: Pick<SiteConfig, 'accentColor'>,
  options: Omit<PolicyOptions, 'styles'> = {},
): string {
  return contentSecurityPolicy({ ...options, styles: [accentCss(config)] });
}

/**
 * A second policy for files an author supplied (attachments other than PDF,
 * body files, SVG) when opened directly: with the site policy it makes the
 * file a sandboxed document with a unique origin, no script, no forms. PDFs
 * are left out: Chromium's viewer will not open in a sandboxed document, and
 * a PDF's own script runs inside the viewer, not on the site's origin.
 */
export const SANDBOX_POLICY = 'sandbox';

/** Other response headers every file of the site should carry. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];
