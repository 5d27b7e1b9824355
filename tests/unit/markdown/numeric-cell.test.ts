import { describe, expect, it } from 'vitest';
import {
  isNumericColumn,
  isNumericText,
  isPlaceholderText,
  keepNumbersTogether,
} from '../../../src/lib/markdown/numeric-cell.ts';

describe('isNumericText', () => {
  it.each([
    '1 234',
    '-31 314',
    '-1 219 347',
    '107,2',
    '12,2 %',
    '12,2%',
    '0',
    'kr 57 060',
    'kr 57 060,-',
    '1 000 kr',
    '−5',
    '+1,9',
    '1321',
    '1.234.567',
    '3,25 mill.',
    '16\u00A0087\u202F178',
  ])('%j is a number', (text) => {
    expect(isNumericText(text)).toBe(true);
  });

  it.each([
    'Ansvar',
    'SUM Teknisk enhet',
    'Helse og velferd',
    '2020–2025',
    '01.02.2022',
    '+/- 30',
    '12 timer',
    '1 2',
    '17/596',
    '',
    '-',
  ])('%j is not a number', (text) => {
    expect(isNumericText(text)).toBe(false);
  });
});

describe('isPlaceholderText', () => {
  it.each(['', ' ', '-', '–', '—', '−'])('%j stands for «no number»', (text) => {
    expect(isPlaceholderText(text)).toBe(true);
  });
  it('a word is no placeholder', () => expect(isPlaceholderText('n/a')).toBe(false));
});

describe('isNumericColumn', () => {
  it('accepts numbers mixed with placeholders', () => {
    expect(isNumericColumn(['100,4', '99,0', '-', ''])).toBe(true);
  });
  it('rejects a column with one word in it', () => {
    expect(isNumericColumn(['6402', 'Bygg og eiendomsavdeling'])).toBe(false);
  });
  it('rejects a column of placeholders only', () => {
    expect(isNumericColumn(['-', '', '–'])).toBe(false);
  });
});

describe('keepNumbersTogether', () => {
  it('joins digit groups with NARROW NO-BREAK SPACE', () => {
    expect(keepNumbersTogether('-1 219 347')).toBe('-1\u202F219\u202F347');
  });
  it('binds units and kr to the number with NO-BREAK SPACE', () => {
    expect(keepNumbersTogether('12,2 %')).toBe('12,2\u00A0%');
    expect(keepNumbersTogether('kr 57 060')).toBe('kr\u00A057\u202F060');
    expect(keepNumbersTogether('1 000 kr')).toBe('1\u202F000\u00A0kr');
  });
  it('leaves two years side by side alone', () => {
    expect(keepNumbersTogether('2019 2020')).toBe('2019 2020');
  });
});
