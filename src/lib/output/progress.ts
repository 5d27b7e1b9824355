import type { StepLogger } from './step.ts';

/**
 * Progress of a long step (PDFs, social cards): count, rate and time left.
 * On a terminal it is one line rewritten in place; in CI (`CI` set) or when
 * stdout is not a terminal it is a plain log line every `everyItems` items or
 * `everyMs` milliseconds, whichever comes first, so a CI log shows the build
 * is alive without one line per document.
 */

/** Where progress goes and how often; the defaults read the process. */
export interface ProgressOptions {
  /** A plain log line (CI, pipes). */
  log: (message: string) => void;
  /** Rewrite one line in place; default when stdout is a TTY and `CI` is unset. */
  tty?: { write(text: string): void } | undefined;
  /** Plain mode: a line at least every this many items (default 50). */
  everyItems?: number;
  /** Plain mode: a line at least this often, in ms (default 5,000). */
  everyMs?: number;
  /** Clock in ms (tests). */
  now?: () => number;
}

/** Counts done items of one step and reports them. */
export interface Progress {
  /** One more item done. */
  tick(): void;
  /** The step is over: ends the TTY line (the step logs its own summary). */
  done(): void;
}

/** The default: a TTY line only on an interactive terminal outside CI. */
export function defaultTty(): ProgressOptions['tty'] {
  const ci = process.env['CI'] !== undefined && process.env['CI'] !== 'false';
  return !ci && process.stdout.isTTY ? process.stdout : undefined;
}

/** `1 m 05 s`, `42 s`. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)} m ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

/** The text of one report: `pdf 40/200 (2.1/s, 1 m 16 s left)`. */
export function progressLine(
  label: string,
  done: number,
  total: number,
  elapsedMs: number,
): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : '?';
  return `${label} ${done}/${total} (${rate.toFixed(1)}/s, ${left} left)`;
}

/** Starts counting `total` items of the step `label`. */
/**
 * The progress that owns the terminal's line in place, if any. Steps run side
 * by side (src/lib/build/step-graph.ts): only one of them may rewrite the
 * line, the others print plain lines, or two counters would overwrite each
 * other on one line.
 */
let live: { tty: { write(text: string): void }; drawn: boolean } | undefined;

/**
 * Ends the line in place before something else prints (a log line of another
 * step): the log line then starts on a line of its own, and the counter is
 * drawn again below it at its next tick.
 */
export function breakLiveLine(): void {
  if (live?.drawn) {
    live.tty.write('\n');
    live.drawn = false;
  }
}

export function startProgress(label: string, total: number, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const wanted = 'tty' in options ? options.tty : defaultTty();
  const own = wanted && !live ? { tty: wanted, drawn: false } : undefined;
  if (own) live = own;
  const everyItems = options.everyItems ?? 50;
  const everyMs = options.everyMs ?? 5000;
  const started = now();
  let done = 0;
  let lastItems = 0;
  let lastMs = started;
  return {
    tick() {
      done += 1;
      const t = now();
      const line = progressLine(label, done, total, t - started);
      if (own) {
        // \r and clear-to-end: one line that updates in place.
        own.tty.write(`\r${line}\u001b[K`);
        own.drawn = true;
      } else if (done === total || done - lastItems >= everyItems || t - lastMs >= everyMs) {
        options.log(line);
        lastItems = done;
        lastMs = t;
      }
    },
    done() {
      if (!own) return;
      if (own.drawn) own.tty.write('\n');
      own.drawn = false;
      if (live === own) live = undefined;
    },
  };
}

/** A logger whose lines never land on the end of a counter's line in place (see {@link breakLiveLine}). */
export function besideLiveLine(logger: StepLogger): StepLogger {
  return {
    info: (message) => (breakLiveLine(), logger.info(message)),
    warn: (message) => (breakLiveLine(), logger.warn(message)),
    error: (message) => (breakLiveLine(), logger.error(message)),
  };
}
