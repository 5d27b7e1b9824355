import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  findInvisible,
  findUnsafe,
  invisibleKind,
  publishable,
  unsafeKind,
  visible,
} from '../../../src/lib/core/unsafe-chars.ts';

describe('unsafeKind', () => {
  it.each<[number, string | undefined]>([
    [0x00, 'control'],
    [0x01, 'control'],
    [0x09, undefined],
    [0x0a, undefined],
    [0x0b, 'control'],
    [0x0c, 'control'],
    [0x0d, undefined],
    [0x1b, 'control'],
    [0x7f, 'control'],
    [0x85, 'c1'],
    [0x96, 'c1'],
    [0xa0, undefined],
    [0xe5, undefined],
    [0xd800, 'surrogate'],
    [0xdfff, 'surrogate'],
    [0xfdd0, 'noncharacter'],
    [0xfdef, 'noncharacter'],
    [0xfdf0, undefined],
    [0xfffd, undefined],
    [0xfffe, 'noncharacter'],
    [0xffff, 'noncharacter'],
    [0x1fffe, 'noncharacter'],
    [0x10ffff, 'noncharacter'],
    [0x1f600, undefined],
  ])('%s is %s', (cp, kind) => {
    expect(unsafeKind(cp)).toBe(kind);
  });
});

describe('findUnsafe and publishable', () => {
  it('tells surrogate pairs from lone halves', () => {
    expect(findUnsafe('Smil 😀 og æøå')).toEqual([]);
    expect(findUnsafe('a\ud800b\udc00')).toEqual([
      { index: 1, codePoint: 0xd800, kind: 'surrogate' },
      { index: 3, codePoint: 0xdc00, kind: 'surrogate' },
    ]);
    expect(findUnsafe('x\u{1fffe}')).toEqual([
      { index: 1, codePoint: 0x1fffe, kind: 'noncharacter' },
    ]);
  });

  it('keeps tab, line breaks, emoji and Sámi letters; drops the rest', () => {
    expect(publishable('Plan\x01 for\tÅrdal\r\n😀 ŋ š đ\x1b[31m\ufffe\ud800')).toBe(
      'Plan for\tÅrdal\r\n😀 ŋ š đ[31m',
    );
    expect(publishable('uendra')).toBe('uendra');
  });
});

describe('invisible characters', () => {
  it('finds bidi controls and zero-width characters', () => {
    for (const cp of [0x202a, 0x202e, 0x2066, 0x2069, 0x200e, 0x200f, 0x061c])
      expect(invisibleKind(cp)).toBe('bidi');
    for (const cp of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff])
      expect(invisibleKind(cp)).toBe('zero-width');
    expect(findInvisible('Digital\u202e strategi')).toHaveLength(1);
    expect(findInvisible('Digital strategi')).toEqual([]);
  });

  it('shows them, and unsafe ones, by code point for the terminal', () => {
    expect(visible('a\x1b[2Jb\u202ec')).toBe('a<U+001B>[2Jb<U+202E>c');
    expect(codePointLabel(0x1fffe)).toBe('U+1FFFE');
  });
});
