import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The npm package that carries a headless Chromium inside itself. */
const PACKAGE = '@sparticuz/chromium';

/** Where the bundled Chromium is unpacked, and its version; undefined when the package is absent. */
export interface BundledChromium {
  version: string;
  /** `node_modules/.cache/planverk/chromium-<version>/`: per project and version, never a shared /tmp. */
  dir: string;
  executable: string;
}

/** Locates the installed package without unpacking anything. */
export async function locateBundledChromium(): Promise<BundledChromium | undefined> {
  let entry: string;
  try {
    entry = fileURLToPath(import.meta.resolve(PACKAGE));
  } catch {
    return undefined;
  }
  // build/index.js → the package folder → node_modules.
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = path.join(packageDir, '..', '..', '.cache', 'planverk', `chromium-${version}`);
  return { version, dir, executable: path.join(dir, 'chromium') };
}

/**
 * Unpacks the bundled Chromium (~200 MB, a few seconds) once per version.
 * The package always unpacks into `os.tmpdir()`, and reuses whatever file
 * is already at `/tmp/chromium`, half-written or another version; so it runs
 * in a child process whose TMPDIR is a private staging folder, which is then
 * renamed into place: two builds or test workers starting at once never see
 * a partial binary.
 */
export async function unpackBundledChromium(bundled: BundledChromium): Promise<string> {
  if (existsSync(bundled.executable)) return bundled.executable;
  const staging = `${bundled.dir}.${process.pid}.${Date.now()}`;
  await mkdir(staging, { recursive: true });
  try {
    const script =
      `const { default: c } = await import(${JSON.stringify(import.meta.resolve(PACKAGE))});` +
      `await c.executablePath();`;
    await runNode(['--input-type=module', '-e', script], { ...process.env, TMPDIR: staging });
    // The package's fonts.conf names Lambda's folders; this one names the fonts it unpacked.
    await writeFile(
      path.join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${path.join(bundled.dir, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n` +
        `  <cachedir>${path.join(bundled.dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    await rename(staging, bundled.dir).catch((error: unknown) => {
      // Another process won the race: its copy is as good as ours.
      if (!existsSync(bundled.executable)) throw error;
    });
  } catch (error) {
    throw new Error(`Could not unpack the Chromium of ${PACKAGE} into ${bundled.dir}.`, {
      cause: error,
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return bundled.executable;
}

/**
 * Environment for the bundled Chromium: its own font configuration when the
 * system has none (a bare container), so text still finds a fallback font.
 */
export function bundledChromiumEnv(bundled: BundledChromium): Record<string, string> {
  if (existsSync('/etc/fonts/fonts.conf')) return {};
  return { FONTCONFIG_FILE: path.join(bundled.dir, 'fonts.conf') };
}

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`exit ${code ?? '?'}: ${stderr.trim()}`)),
    );
  });
}
