import { describe, expect, it } from 'vitest';
import { docStatusLabel } from '../../../src/lib/i18n/format.ts';

describe('docStatusLabel', () => {
  it('says an adopted strategy or plan is adopted, in both målformer', () => {
    expect(docStatusLabel({ type: 'strategi', status: 'vedtatt' }, 'nb')).toBe('Vedtatt');
    expect(docStatusLabel({ type: 'handlingsplan', status: 'vedtatt' }, 'nn')).toBe('Vedteken');
  });

  it('says an orientering or a notat is «lagt fram», also when written `vedtatt`', () => {
    expect(docStatusLabel({ type: 'orientering', status: 'vedtatt' }, 'nb')).toBe('Lagt fram');
    expect(docStatusLabel({ type: 'orientering', status: 'lagt-fram' }, 'nn')).toBe('Lagt fram');
    expect(docStatusLabel({ type: 'notat', status: 'vedtatt' }, 'nb')).toBe('Lagt fram');
    expect(docStatusLabel({ type: 'notat', status: 'lagt-fram' }, 'nn')).toBe('Lagt fram');
  });

  it('keeps the other statuses for every type', () => {
    expect(docStatusLabel({ type: 'notat', status: 'horing' }, 'nn')).toBe('På høyring');
    expect(docStatusLabel({ type: 'orientering', status: 'opphevet' }, 'nb')).toBe('Opphevet');
    // A draft carries the same mark on its page, its card and its PDF.
    expect(docStatusLabel({ type: 'saksframlegg', status: 'utkast' }, 'nn')).toBe(
      'Utkast – ikkje publisert',
    );
  });
});
