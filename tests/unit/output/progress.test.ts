import { describe, expect, it } from 'vitest';
import {
  besideLiveLine,
  formatDuration,
  progressLine,
  startProgress,
} from '../../../src/lib/output/progress.ts';

describe('progress of a long step', () => {
  it('says count, rate and time left', () => {
    expect(progressLine('pdf', 40, 200, 20_000)).toBe('pdf 40/200 (2.0/s, 1 m 20 s left)');
    expect(progressLine('pdf', 0, 200, 0)).toBe('pdf 0/200 (0.0/s, ? left)');
    expect(formatDuration(42_400)).toBe('42 s');
    expect(formatDuration(65_000)).toBe('1 m 05 s');
  });

  it('in CI prints a plain line every N items or few seconds, and the last one', () => {
    let clock = 0;
    const lines: string[] = [];
    const p = startProgress('pdf', 7, {
      log: (m) => lines.push(m),
      tty: undefined,
      everyItems: 3,
      everyMs: 10_000,
      now: () => clock,
    });
    for (let i = 0; i < 7; i += 1) {
      clock += i === 4 ? 20_000 : 1000; // item 5 takes long: a line for the time alone
      p.tick();
    }
    p.done();
    expect(lines).toEqual([
      'pdf 3/7 (1.0/s, 4 s left)',
      'pdf 5/7 (0.2/s, 10 s left)',
      'pdf 7/7 (0.3/s, 0 s left)',
    ]);
  });

  it('on a terminal rewrites one line and ends it', () => {
    let clock = 0;
    let out = '';
    const lines: string[] = [];
    const p = startProgress('social cards', 2, {
      log: (m) => lines.push(m),
      tty: { write: (text) => (out += text) },
      now: () => (clock += 500),
    });
    p.tick();
    p.tick();
    p.done();
    expect(lines).toEqual([]);
    expect(out).toBe(
      '\rsocial cards 1/2 (2.0/s, 1 s left)\u001b[K\rsocial cards 2/2 (2.0/s, 0 s left)\u001b[K\n',
    );
  });

  it('lets one of two steps at once hold the line; the other and log lines print plain lines', () => {
    let clock = 0;
    let out = '';
    const tty = { write: (text: string) => (out += text) };
    const lines: string[] = [];
    const log = besideLiveLine({
      info: (m) => lines.push(m),
      warn: (m) => lines.push(`warn: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
    });
    const now = (): number => (clock += 500);
    const pdf = startProgress('pdf', 2, { log: log.info, tty, now });
    const cards = startProgress('social cards', 1, { log: log.info, tty, now });
    pdf.tick();
    cards.tick();
    pdf.tick();
    cards.done();
    pdf.done();
    // The cards' count is a plain line; before it the pdf line in place ends,
    // and the pdf counter is drawn again on a new line at its next tick.
    expect(lines).toEqual(['social cards 1/1 (1.0/s, 0 s left)']);
    expect(out).toBe('\rpdf 1/2 (1.0/s, 1 s left)\u001b[K\n\rpdf 2/2 (1.0/s, 0 s left)\u001b[K\n');
    // Both done: the next progress owns the line again.
    out = '';
    const next = startProgress('pdf', 1, { log: log.info, tty, now });
    next.tick();
    next.done();
    expect(out).toMatch(/^\rpdf 1\/1 .*\n$/);
  });
});
