import { constants, existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserServer, LaunchOptions } from 'playwright-core';
import {
  bundledChromiumEnv,
  locateBundledChromium,
  unpackBundledChromium,
} from './bundled-chromium.ts';

/**
 * `PLANVERK_CHROMIUM`: a path to a Chromium or Chrome of one's own, `system`
 * (only an installed one), or `bundled` (only the one from npm). Unset: the
 * system's when there is one, else the bundled one.
 */
export const CHROMIUM_ENV = 'PLANVERK_CHROMIUM';

/** Where distributions and installers put Chromium or Chrome, most common first. */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
] as const;

/** Headless flags verified on Debian and with the bundled Chromium (see /work/shared/notes/stack.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Which Chromium a launch uses and why. */
export interface ChromiumChoice {
  source: 'env' | 'system' | 'bundled';
  /** The executable (for `bundled`, where it is or will be unpacked). */
  path: string;
  /** Why the system's Chromium was passed over, when it was. */
  note?: string;
}

/** Chooses the Chromium without starting or unpacking anything. */
export async function chooseChromium(
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChromiumChoice> {
  const wanted = env[CHROMIUM_ENV]?.trim();
  if (wanted && wanted !== 'system' && wanted !== 'bundled') {
    return { source: 'env', path: wanted };
  }
  if (wanted !== 'bundled') {
    for (const candidate of SYSTEM_CHROMIUM_PATHS) {
      if (await isExecutable(candidate)) return { source: 'system', path: candidate };
    }
    if (wanted === 'system') {
      throw new Error(
        `${CHROMIUM_ENV}=system, but no Chromium was found at ${SYSTEM_CHROMIUM_PATHS.join(', ')}. ` +
          `Install one (\`apt-get install chromium\`) or unset ${CHROMIUM_ENV} to use the bundled one.`,
      );
    }
  }
  const bundled = await locateBundledChromium();
  if (!bundled) {
    throw new Error(
      'No Chromium found: none installed on the system and @sparticuz/chromium is missing from ' +
        `node_modules (run \`npm install\`), or set ${CHROMIUM_ENV} to the path of a Chromium or Chrome.`,
    );
  }
  return { source: 'bundled', path: bundled.executable };
}

const choices = new WeakMap<Browser, ChromiumChoice>();
const nodeRequire = createRequire(import.meta.url);

/**
 * Launches headless Chromium through playwright-core (the choice of
 * `chooseChromium`), shared by the PDF step, the bench and the e2e tests, so
 * they all print with the same browser. An installed Chromium that will not
 * start (Ubuntu's snap stub, say) gives way to the bundled one unless
 * `PLANVERK_CHROMIUM` asked for it. The caller closes it (in `finally`).
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  // A build started one while Astro rendered (prelaunchChromium): the first caller takes it.
  if (prelaunched && Object.keys(options).length === 0) {
    const early = prelaunched;
    prelaunched = undefined;
    return early;
  }
  return startChosen(options, (chromium, launch) => chromium.launch(launch), choices);
}

/**
 * The same Chromium as `launchChromium` (the same choice, arguments and
 * fallback), started as a server that other processes connect to
 * (`chromium.connect(server.wsEndpoint())`): the e2e tests share one this way.
 */
export async function launchChromiumServer(options: LaunchOptions = {}): Promise<BrowserServer> {
  return startChosen(options, (chromium, launch) => chromium.launchServer(launch));
}

type Start<T> = (
  chromium: typeof import('playwright-core').chromium,
  launch: LaunchOptions,
) => Promise<T>;

/**
 * Chooses a Chromium and starts it with `start`; a system Chromium that will
 * not start gives way to the bundled one, unless the system's was asked for.
 */
async function startChosen<T extends object>(
  options: LaunchOptions,
  start: Start<T>,
  remember?: WeakMap<T, ChromiumChoice>,
): Promise<T> {
  const choice = await chooseChromium();
  try {
    return await startChoice(choice, options, start, remember);
  } catch (error) {
    const explicit = process.env[CHROMIUM_ENV]?.trim();
    if (choice.source !== 'system' || explicit === 'system') throw launchError(choice, error);
    const fallback: ChromiumChoice = {
      ...(await chooseChromium({ [CHROMIUM_ENV]: 'bundled' })),
      note: `${choice.path} did not start: ${String(error).split('\n')[0]}`,
    };
    try {
      return await startChoice(fallback, options, start, remember);
    } catch (second) {
      throw launchError(fallback, second);
    }
  }
}

let prelaunched: Promise<Browser> | undefined;

/**
 * Starts Chromium now, in its own processes, for the next `launchChromium()`
 * of this process: the build calls it before Astro renders, so the launch
 * overlaps the pages instead of waiting after them. A failed launch is
 * reported by that `launchChromium()` (the PDF step), as if it had launched
 * then; the build closes one nobody took with `closePrelaunchedChromium`.
 */
export function prelaunchChromium(): void {
  if (prelaunched) return;
  prelaunched = launchChromium();
  // Awaited by whoever takes it; never an unhandled rejection before then.
  prelaunched.catch(() => undefined);
}

/** Closes a prelaunched Chromium that no step took (every PDF cached, or the build failed). */
export async function closePrelaunchedChromium(): Promise<void> {
  const early = prelaunched;
  prelaunched = undefined;
  if (early) await early.then((browser) => browser.close()).catch(() => undefined);
}

/** «Chromium 156.0.7… (system, /usr/bin/chromium)», for the build log. */
export function describeChromium(browser: Browser): string {
  const choice = choices.get(browser);
  const where = choice ? ` (${choice.source}, ${choice.path})` : '';
  return `Chromium ${browser.version()}${where}${choice?.note ? `; ${choice.note}` : ''}`;
}

async function startChoice<T extends object>(
  choice: ChromiumChoice,
  options: LaunchOptions,
  start: Start<T>,
  remember?: WeakMap<T, ChromiumChoice>,
): Promise<T> {
  let env = options.env;
  if (choice.source === 'bundled') {
    const bundled = await locateBundledChromium();
    if (!bundled) throw new Error('@sparticuz/chromium is missing from node_modules');
    await unpackBundledChromium(bundled);
    env = { ...process.env, ...bundledChromiumEnv(bundled), ...options.env };
  } else if (!existsSync(choice.path)) {
    throw new Error(`${choice.path} does not exist`);
  }
  // Loaded at launch: choosing a Chromium (the up-to-date check) needs no driver.
  // Through Node's own require, not import(): under `npm run dev` an import()
  // here goes through Vite's module runner, which re-optimising dependencies
  // closes («Vite module runner has been closed»), and the PDF preview failed.
  const { chromium } = nodeRequire('playwright-core') as typeof import('playwright-core');
  const started = await start(chromium, {
    executablePath: choice.path,
    headless: true,
    ...options,
    ...(env ? { env } : {}),
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
  remember?.set(started, choice);
  return started;
}

function launchError(choice: ChromiumChoice, cause: unknown): Error {
  return new Error(
    `Could not start Chromium at ${choice.path} (${choice.source}). Set ${CHROMIUM_ENV} to the path ` +
      `of a working Chromium or Chrome, or to «bundled» for the one from npm ` +
      `(README, Troubleshooting). ${String(cause).split('\n')[0]}`,
    { cause },
  );
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
