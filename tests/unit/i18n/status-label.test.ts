import { describe, expect, it } from 'vitest';
import { docStatusLabel } from '../../../src/lib/i18n/format.ts';

describe('docStatusLabel', () => {
  it('says an adopted strategy or plan is adopted, in both målformer', () => {
    expect(docStatusLabel({ type: 'strategi', status: 'vedtatt' }, 'nb')).toBe('Vedtatt');
    expect(docStatusLabel({ type: 'handlingsplan', status: 'vedtatt' }, 'nn')).toBe('Vedteken');
  });

  it('does not call an orientering or a notat adopted', () => {
    expect(docStatusLabel({ type: 'orientering', status: 'vedtatt' }, 'nb')).toBe('Lagt fram');
    expect(docStatusLabel({ type: 'orientering', status: 'vedtatt' }, 'nn')).toBe('Lagt fram');
    expect(docStatusLabel({ type: 'notat', status: 'vedtatt' }, 'nb')).toBe('Publisert');
    expect(docStatusLabel({ type: 'notat', status: 'vedtatt' }, 'nn')).toBe('Publisert');
  });

  it('keeps the other statuses for every type', () => {
    expect(docStatusLabel({ type: 'notat', status: 'horing' }, 'nn')).toBe('På høyring');
    expect(docStatusLabel({ type: 'orientering', status: 'opphevet' }, 'nb')).toBe('Opphevet');
    expect(docStatusLabel({ type: 'saksframlegg', status: 'utkast' }, 'nn')).toBe('Utkast');
  });
});
