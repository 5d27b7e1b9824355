/**
 * Browser measurements of the search page in Debian Chromium: bytes fetched
 * from the Pagefind bundle for a first query with a cold cache, and the time
 * from the last keystroke to the results being rendered.
 */
import type { Browser } from 'playwright-core';

/** Figures for one index. */
export interface BrowserFigures {
  /** Bytes of `/pagefind/` responses for the first query, cold cache (median over queries). */
  firstQueryBytes: number;
  /** Requests to `/pagefind/` for that first query (median). */
  firstQueryRequests: number;
  /** Milliseconds from navigation to the first results, cold cache (median). */
  firstQueryMs: number;
  /** Milliseconds from the last keystroke to rendered results, warm page (median); includes the 150 ms debounce. */
  keystrokeMs: number;
  /** Hits per query, to show both indexes answered. */
  hits: Record<string, number>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Measures the search page at `baseUrl/sok/` with each query. */
export async function measureSearchPage(
  browser: Browser,
  baseUrl: string,
  queries: readonly string[],
): Promise<BrowserFigures> {
  const bytes: number[] = [];
  const requests: number[] = [];
  const firstMs: number[] = [];
  const hits: Record<string, number> = {};
  for (const q of queries) {
    const context = await browser.newContext(); // a fresh context has an empty cache
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on('pageerror', (e) => console.warn(`page error: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && console.warn(`HTTP ${r.status()} ${r.url()}`));
    page.on('response', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/'))
        sizes.push(
          r.body().then(
            (b) => b.length,
            () => 0,
          ),
        );
    });
    const started = Date.now();
    await page.goto(`${baseUrl}/sok/?q=${encodeURIComponent(q)}`);
    // The count is announced once the first results (or «no hits») are rendered.
    await page.locator('[data-count]:not(:empty)').waitFor({ timeout: 60_000 });
    firstMs.push(Date.now() - started);
    const all = await Promise.all(sizes);
    bytes.push(all.reduce((a, b) => a + b, 0));
    requests.push(all.length);
    hits[q] = Number((await page.locator('[data-count]').textContent())?.match(/\d+/)?.[0] ?? 0);
    await context.close();
  }

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sok/`);
  await page.locator('[data-count]:not(:empty)').waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as { pvLast: number; pvTimes: number[] };
    w.pvTimes = [];
    document
      .querySelector('#pv_search_page')
      ?.addEventListener('input', () => (w.pvLast = performance.now()));
    const count = document.querySelector('[data-count]');
    if (count)
      new MutationObserver(() => w.pvTimes.push(performance.now() - w.pvLast)).observe(count, {
        childList: true,
        characterData: true,
        subtree: true,
      });
  });
  const field = page.locator('#pv_search_page');
  const times: number[] = [];
  for (const q of [...queries, ...queries]) {
    await field.fill('');
    await page.waitForTimeout(400);
    await page.evaluate(() => ((window as unknown as { pvTimes: number[] }).pvTimes = []));
    await field.pressSequentially(q, { delay: 20 });
    await page.waitForFunction(
      () => (window as unknown as { pvTimes: number[] }).pvTimes.length > 0,
      null,
      { timeout: 60_000 },
    );
    times.push(
      await page.evaluate(() => (window as unknown as { pvTimes: number[] }).pvTimes[0] ?? 0),
    );
  }
  await context.close();
  return {
    firstQueryBytes: median(bytes),
    firstQueryRequests: median(requests),
    firstQueryMs: median(firstMs),
    keystrokeMs: Math.round(median(times)),
    hits,
  };
}
