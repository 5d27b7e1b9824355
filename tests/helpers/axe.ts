/**
 * axe in the browser tests: one list of rules (WCAG 2.2 A/AA and axe's best
 * practice), one way to run it, one way to report it.
 *
 * @axe-core/playwright's analyze() took ~1 s a call: it injects axe into
 * every frame again on each call and opens a blank page to finish the run.
 * Here axe-core's own script (the installed package's, not a copy) goes into
 * the page once per navigation and `axe.run` runs once per width (~0.14 s).
 * Our pages have no frames; a page that has one is reported, not skipped,
 * since axe here looks at the top document only.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page, Response } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

/** The rule tags every axe check in the tests runs. */
export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

/** A phone and a desktop: every URL is checked at both. */
export const AXE_WIDTHS = [390, 1280] as const;

const require = createRequire(import.meta.url);
let source: Promise<string> | undefined;

/** axe-core's browser script, from the installed package (read once per test file). */
export function axeSource(): Promise<string> {
  source ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** The options `axe.run` gets: only the tagged rules, the top document. */
export const AXE_RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: [...AXE_TAGS] },
  resultTypes: ['violations'],
  iframes: false,
};

/** Injects axe-core into the page now open (again after every navigation). */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(await axeSource());
}

/** Runs axe on the page now open, which must have axe injected since its last navigation. */
export async function runAxe(page: Page): Promise<AxeResults> {
  // A resize lays the page out again; let that (and any media-query script) settle.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return page.evaluate(
    (options) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, options),
    AXE_RUN_OPTIONS,
  );
}

export interface AxeCheckOptions {
  /** Browser pages that share the URLs (default 2: the machine's cores). */
  tabs?: number;
  /** Widths to check at (default AXE_WIDTHS). */
  widths?: readonly number[];
  /** Status a page must answer with (default: below 400). */
  status?: (status: number, url: string) => boolean;
  /**
   * Called once per URL after it has loaded, before axe: wait for what
   * scripts show, or check more of the same page without loading it again;
   * lines returned are failures.
   */
  visit?: (page: Page, url: string, response: Response | null) => Promise<string[] | void>;
}

/**
 * Checks every URL (a path on `serverUrl`) with axe at each width, spread
 * over `tabs` browser pages (`page` and more from its context), and returns
 * the failures as sorted lines: `390px /url: rule-id (nodes) selector`. An
 * empty list means axe ran its rules on every page at every width and found
 * nothing; a run where no rule applied, a page that did not load, or a page
 * with frames is a failure too. `page` must come from `browser.newContext()`
 * (Playwright opens no tab beside a `browser.newPage()` page); it is left at
 * the last width.
 */
export async function axeCheck(
  page: Page,
  serverUrl: string,
  urls: readonly string[],
  options: AxeCheckOptions = {},
): Promise<string[]> {
  const widths = options.widths ?? AXE_WIDTHS;
  const okStatus = options.status ?? ((status) => status < 400);
  const extra = Math.max(0, Math.min(options.tabs ?? 2, urls.length) - 1);
  const tabs = [
    page,
    ...(await Promise.all(Array.from({ length: extra }, () => page.context().newPage()))),
  ];
  const failures: string[] = [];
  const queue = [...urls];
  const work = async (tab: Page): Promise<void> => {
    try {
      await checkAll(tab);
    } catch (error) {
      queue.length = 0; // the other tabs stop after their current URL
      throw error;
    }
  };
  const checkAll = async (tab: Page): Promise<void> => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const response = await tab.goto(serverUrl + url);
      if (!response || !okStatus(response.status(), url)) {
        failures.push(`${url}: HTTP ${response?.status() ?? 'no response'}`);
      }
      for (const line of (await options.visit?.(tab, url, response)) ?? []) failures.push(line);
      if (tab.frames().length > 1)
        failures.push(`${url}: has frames, which this check does not enter`);
      await injectAxe(tab);
      for (const width of widths) {
        await tab.setViewportSize({ width, height: 900 });
        const result = await runAxe(tab);
        if (result.passes.length + result.violations.length + result.incomplete.length === 0) {
          failures.push(`${width}px ${url}: no axe rule ran`);
        }
        for (const v of result.violations) {
          failures.push(
            `${width}px ${url}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ') ?? ''}`,
          );
        }
      }
    }
  };
  const settled = await Promise.allSettled(tabs.map(work));
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));
  for (const s of settled) if (s.status === 'rejected') throw s.reason;
  return failures.sort();
}

/** Rule ids, sorted: what two axe runs are compared by. */
export interface AxeRuleIds {
  violations: string[];
  passes: string[];
}

/**
 * This helper's run and @axe-core/playwright's AxeBuilder on the page as it
 * is now, both with the installed axe-core (AxeBuilder bundles its own
 * version otherwise) and the same tags: the comparison that shows the helper
 * checks what the library would.
 */
export async function compareWithAxeBuilder(
  page: Page,
): Promise<{ ours: AxeRuleIds; theirs: AxeRuleIds }> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await injectAxe(page);
  const ours = await runAxe(page);
  const theirs = await new AxeBuilder({ page, axeSource: await axeSource() })
    .withTags([...AXE_TAGS])
    .analyze();
  const ids = (results: { id: string }[]) => results.map((r) => r.id).sort();
  return {
    ours: { violations: ids(ours.violations), passes: ids(ours.passes) },
    theirs: { violations: ids(theirs.violations), passes: ids(theirs.passes) },
  };
}
