import { describe, expect, it } from 'vitest';
import { formatDuration, progressLine, startProgress } from '../../../src/lib/output/progress.ts';

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
});
