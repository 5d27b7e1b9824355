/**
 * One Chromium for the whole e2e run: tests/e2e/global-setup.ts starts it
 * (`startSharedChromium`, the engine's Chromium choice) and every browser-test
 * file connects to it here, instead of launching its own (a launch and its
 * shutdown cost ~0.5 s of CPU per file, more on a busy machine).
 *
 * Files stay apart: each file has its own connection, and closing it (after
 * the file) closes every context the file opened, so no page, cookie or
 * storage outlives its file. A project without the global setup (the
 * examples project) launches a Chromium of its own, as before.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../src/lib/browser/chromium.ts';

/**
 * The run's shared Chromium, connected (or one launched for this file when
 * no global setup started one). The caller closes it after the file;
 * `useBrowser()` does that for you.
 */
export async function connectBrowser(): Promise<Browser> {
  // Declared in tests/e2e/global-setup.ts; absent in a project without it.
  const ws = inject('chromiumWs') as string | undefined;
  if (!ws) return launchChromium();
  const { chromium } = await import('playwright-core');
  return chromium.connect(ws);
}

export interface SharedBrowser {
  /** The connection of this file (valid inside tests and hooks after useBrowser's beforeAll). */
  readonly browser: Browser;
  /** A context of this file's own (a fresh one per file), opened in beforeAll. */
  readonly context: BrowserContext;
  /** A page of `context`, opened in beforeAll. */
  readonly page: Page;
  /** A fresh context with options (a viewport, no JavaScript); closed with the file at the latest. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Registers beforeAll/afterAll for this file (or the describe it is called
 * in): connect, open one context and page, and close the connection (with
 * every context of it) afterwards.
 */
export function useBrowser(options: BrowserContextOptions = {}): SharedBrowser {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useBrowser: ${what} is used before beforeAll ran`);
    return value;
  };
  beforeAll(async () => {
    browser = await connectBrowser();
    context = await browser.newContext(options);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      return need(browser, 'the browser');
    },
    get context() {
      return need(context, 'the context');
    },
    get page() {
      return need(page, 'the page');
    },
    newContext: (contextOptions) => need(browser, 'the browser').newContext(contextOptions),
  };
}
