/**
 * What the tests that start `astro dev` share: a free port, polling a URL
 * until it answers as expected, the environment without Vitest's variables,
 * and stopping the server's whole process group.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

/** One answer of the dev server: its status, bytes, content type and the bytes as text. */
export interface DevAnswer {
  status: number;
  body: Buffer;
  type: string;
  html: string;
}

/** Fetches a URL until `ok` accepts the status or the time is up. */
export async function poll(
  url: string,
  ok: (status: number) => boolean,
  ms: number,
): Promise<DevAnswer> {
  const until = Date.now() + ms;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const res = await fetch(url, { headers: { accept: 'text/html' } });
      const body = Buffer.from(await res.arrayBuffer());
      const html = body.toString('utf8');
      if (ok(res.status))
        return { status: res.status, body, type: res.headers.get('content-type') ?? '', html };
      last = `HTTP ${res.status} ${html.slice(0, 200)}`;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} never answered as expected (last: ${String(last)})`);
}

/**
 * The environment without what Vitest adds: with VITEST set, `astro dev`
 * never mounts its page handler (every page is «Cannot GET»).
 */
export function devEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const vitest = /^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/;
  const env = Object.entries(process.env).filter(([key]) => !vitest.test(key));
  return { ...Object.fromEntries(env), ...extra };
}

/** Stops the server; it runs in its own process group (detached), so Vite's helpers go too. */
export function stop(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}
