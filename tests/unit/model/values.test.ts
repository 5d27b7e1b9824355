import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/lib/core/distance.ts';
import { expandYear, parseDate, parseDeadline } from '../../../src/lib/model/dates.ts';
import { parseMoney, readMoney } from '../../../src/lib/model/money.ts';

const NOW = new Date('2025-06-01T12:00:00Z');

describe('parseDate', () => {
  it.each([
    ['2020-03-26', '2020-03-26'],
    ['2020-3-6', '2020-03-06'],
    ['26.03.2020', '2020-03-26'],
    ['6.3.2020', '2020-03-06'],
    ['26.03.20', '2020-03-26'],
    ['01.01.35', '2035-01-01'],
    ['01.01.36', '1936-01-01'],
    ['29.02.2024', '2024-02-29'],
    [' 26.03.2020 ', '2020-03-26'],
  ])('reads %s as %s', (input, iso) => {
    expect(parseDate(input, NOW)).toEqual({ ok: true, iso });
  });

  it.each(['31.02.2020', '29.02.2023', '2020-13-01', '00.01.2020', '2020-04-31'])(
    '%s is impossible',
    (input) => {
      expect(parseDate(input, NOW)).toEqual({ ok: false, reason: 'impossible' });
    },
  );

  it.each(['mars 2020', '26/03/2020', '2020', '', '26.03.202'])('«%s» is not a date', (input) => {
    expect(parseDate(input, NOW)).toEqual({ ok: false, reason: 'format' });
  });

  it('expands two-digit years up to ten years ahead into this century', () => {
    expect(expandYear(35, NOW)).toBe(2035);
    expect(expandYear(36, NOW)).toBe(1936);
    expect(expandYear(99, NOW)).toBe(1999);
  });
});

describe('parseDeadline', () => {
  it.each([
    ['2021', { kind: 'year', year: 2021, endDate: '2021-12-31', text: '2021' }],
    ['2021-T1', { kind: 'tertial', year: 2021, part: 1, endDate: '2021-04-30', text: '2021-T1' }],
    ['2021-t2', { kind: 'tertial', year: 2021, part: 2, endDate: '2021-08-31', text: '2021-T2' }],
    ['2021 T3', { kind: 'tertial', year: 2021, part: 3, endDate: '2021-12-31', text: '2021-T3' }],
    ['2021-K1', { kind: 'quarter', year: 2021, part: 1, endDate: '2021-03-31', text: '2021-K1' }],
    ['2024-K3', { kind: 'quarter', year: 2024, part: 3, endDate: '2024-09-30', text: '2024-K3' }],
    ['2021-Q4', { kind: 'quarter', year: 2021, part: 4, endDate: '2021-12-31', text: '2021-K4' }],
    [
      '01.03.2021',
      { kind: 'date', year: 2021, date: '2021-03-01', endDate: '2021-03-01', text: '2021-03-01' },
    ],
  ])('reads %s', (input, deadline) => {
    expect(parseDeadline(input, NOW)).toEqual({ ok: true, deadline });
  });

  it.each(['2021-T4', '2021-K5', '2021-T0', '31.02.2021'])('%s is impossible', (input) => {
    expect(parseDeadline(input, NOW)).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each(['snart', 'våren 2021', '21'])('«%s» is not a deadline', (input) => {
    expect(parseDeadline(input, NOW)).toEqual({ ok: false, reason: 'format' });
  });
});

describe('parseMoney', () => {
  it.each<[string | number, number]>([
    [57060, 57060],
    ['57060', 57060],
    ['57 060', 57060],
    ['kr 57 060,-', 57060],
    ['Kr. 57 060,–', 57060],
    ['57.060', 57060],
    ['57 060,50', 57060.5],
    ['57 060,5', 57060.5],
    ['1 234 567', 1234567],
    ['57\u00a0060', 57060],
    ['57\u202f060', 57060],
    ['57 060 kr', 57060],
    ['NOK 1 200', 1200],
    ['-31 314', -31314],
    ['−31 314', -31314],
  ])('reads %j as %d', (input, kroner) => {
    expect(parseMoney(input)).toBe(kroner);
  });

  it.each([
    'femti tusen',
    '5 70 60',
    '12,345',
    '57.060 000',
    '57 060.000',
    '',
    'kr',
    '1,2,3',
    '57 06',
  ])('«%s» is not an amount', (input) => {
    expect(parseMoney(input)).toBeUndefined();
  });

  it('rejects non-finite numbers', () => {
    expect(parseMoney(Number.NaN)).toBeUndefined();
    expect(readMoney(Number.POSITIVE_INFINITY)).toEqual({ ok: false, reason: 'format' });
  });

  it.each<[string | number, string]>([
    ['99999999999999999999999', 'too-large'],
    ['9007199254740993', 'too-large'],
    [1e23, 'too-large'],
    ['90071992547409,91', 'too-large'],
    ['1e5', 'exponent'],
    ['1E+5', 'exponent'],
    ['-2,5e3', 'exponent'],
    ['12,345', 'decimals'],
    ['57 060,505', 'decimals'],
    ['1,123456789 mill.', 'decimals'],
    [0.001, 'decimals'],
  ])('refuses %j, which no published format carries exactly (%s)', (input, reason) => {
    expect(readMoney(input)).toEqual({ ok: false, reason });
  });

  it.each<[string | number, number]>([
    ['90071992547409,9', 90071992547409.9],
    ['1,12345678 mill.', 1123456.78],
    ['0,01', 0.01],
    [57060.5, 57060.5],
  ])('reads %j exactly at the edge (%d)', (input, kroner) => {
    const result = readMoney(input);
    expect(result).toEqual({ ok: true, kroner });
    expect(String(kroner)).not.toMatch(/e/);
  });
});

describe('editDistance', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('titel', 'tittel')).toBe(1);
    expect(editDistance('tittle', 'tittel')).toBe(1);
    expect(editDistance('dato', 'dato')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
