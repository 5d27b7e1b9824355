import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium; playwright-core ships no browser of its own. */
export const CHROMIUM_PATH = process.env['PLANVERK_CHROMIUM'] ?? '/usr/bin/chromium';

/** Headless flags verified on Debian (see /work/shared/notes/stack.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/**
 * Launches headless Debian Chromium through playwright-core, shared by the
 * e2e tests and the PDF step. The caller closes it (in `finally`).
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  try {
    return await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      ...options,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
    });
  } catch (error) {
    throw new Error(
      `Could not start Chromium at ${CHROMIUM_PATH}. Install it with \`apt-get install chromium\` ` +
        `or set PLANVERK_CHROMIUM to its path.`,
      { cause: error },
    );
  }
}
