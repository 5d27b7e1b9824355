import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatDeadline,
  formatKroner,
  formatPeriod,
} from '../../../src/lib/i18n/format.ts';
import { t } from '../../../src/lib/i18n/index.ts';
import { nb } from '../../../src/lib/i18n/nb.ts';
import { nn } from '../../../src/lib/i18n/nn.ts';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('formatDate', () => {
  it('writes dates the Norwegian way in both målformer', () => {
    expect(formatDate('2020-03-26', 'nb')).toBe('26. mars 2020');
    expect(formatDate('2021-01-05', 'nn')).toBe('5. januar 2021');
    expect(formatDate('2024-12-31', 'nn')).toBe('31. desember 2024');
  });
});

describe('formatKroner', () => {
  it('groups digits with no-break spaces', () => {
    expect(formatKroner(57060, 'nn')).toBe('57\u00a0060\u00a0kr');
    expect(plain(formatKroner(16087178, 'nb'))).toBe('16 087 178 kr');
    expect(plain(formatKroner(-31314, 'nb'))).toBe('\u221231 314 kr');
    expect(plain(formatKroner(500, 'nb'))).toBe('500 kr');
  });

  it('never writes float notation, for the largest and smallest values', () => {
    expect(plain(formatKroner(1e23, 'nb'))).toBe('99 999 999 999 999 991 611 392 kr');
    expect(plain(formatKroner(Number.MAX_SAFE_INTEGER, 'nn'))).toBe('9 007 199 254 740 991 kr');
    expect(plain(formatKroner(Number.MAX_VALUE, 'nb'))).not.toMatch(/e|\+/);
    expect(plain(formatKroner(1e-7, 'nb'))).toBe('0 kr');
    expect(plain(formatKroner(-0.001, 'nb'))).toBe('0 kr');
    expect(formatKroner(Number.NaN, 'nb')).not.toMatch(/NaN|Infinity/);
  });

  it('shows øre when there are any', () => {
    expect(plain(formatKroner(57060.5, 'nb'))).toBe('57 060,50 kr');
    expect(plain(formatKroner(0.01, 'nn'))).toBe('0,01 kr');
    expect(plain(formatKroner(-1200.25, 'nb'))).toBe('\u22121 200,25 kr');
    expect(plain(formatKroner(90071992547409.9, 'nb'))).toBe('90 071 992 547 409,90 kr');
  });
});

describe('formatDeadline', () => {
  it('spells out tertial and quarter in the målform', () => {
    expect(
      formatDeadline(
        { kind: 'tertial', year: 2021, part: 2, endDate: '2021-08-31', text: '2021-T2' },
        'nn',
      ),
    ).toBe('2. tertial 2021');
    expect(
      formatDeadline(
        { kind: 'quarter', year: 2021, part: 3, endDate: '2021-09-30', text: '2021-K3' },
        'nb',
      ),
    ).toBe('3. kvartal 2021');
    expect(
      formatDeadline({ kind: 'year', year: 2022, endDate: '2022-12-31', text: '2022' }, 'nb'),
    ).toBe('2022');
    expect(
      formatDeadline(
        { kind: 'date', year: 2021, date: '2021-03-01', endDate: '2021-03-01', text: '2021-03-01' },
        'nb',
      ),
    ).toBe('1. mars 2021');
  });
});

describe('formatBytes and formatPeriod', () => {
  it('uses kB/MB with a decimal comma', () => {
    expect(plain(formatBytes(48_200))).toBe('48 kB');
    expect(plain(formatBytes(1_234_567))).toBe('1,2 MB');
    expect(plain(formatBytes(512))).toBe('512 B');
    expect(formatPeriod({ from: 2020, to: 2025 })).toBe('2020–2025');
    expect(formatPeriod({ from: 2021, to: 2021 })).toBe('2021');
  });
});

describe('dictionaries', () => {
  it('have the same sections and keys in bokmål and nynorsk', () => {
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort());
    for (const section of Object.keys(nb) as (keyof typeof nb)[])
      expect(Object.keys(nn[section]).sort(), section).toEqual(Object.keys(nb[section]).sort());
  });

  it('fill placeholders and differ where the målformer differ', () => {
    expect(t('nn', 'onConsultation')).toBe('På høyring no');
    expect(t('nb', 'onConsultation')).toBe('På høring nå');
    expect(t('nn', 'accessibilityStatement')).toBe('Tilgjengelegheitserklæring');
    expect(t('nb', 'accessibilityStatement')).toBe('Tilgjengelighetserklæring');
    expect(t('nn', 'documentsFrom', { kommune: 'Årdal' })).toBe('Dokument frå Årdal');
    expect(t('nn', 'draft')).toBe('Utkast – ikkje publisert');
  });
});
