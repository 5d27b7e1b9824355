import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../src/lib/new-document/fill-template.ts';

const values = { title: 'Økonomiplan 2027–2030', date: '2026-11-22', kommune: ['Tysnes'] };

describe('fillTemplate', () => {
  it('fills title, date, kommune and years', () => {
    const out = fillTemplate(
      'tittel: {{tittel}}\ndato: {{dato}}\nkommune: {{kommune}}\nperiode: {{år}}–{{år+3}}\n',
      values,
    );
    expect(parse(out)).toEqual({
      tittel: 'Økonomiplan 2027–2030',
      dato: '2026-11-22',
      kommune: 'Tysnes',
      periode: '2026–2029',
    });
  });

  it('quotes titles YAML would otherwise misread', () => {
    for (const title of [
      'Plan: digitalisering',
      '2027',
      '#1 prioritet',
      'Ja',
      '"Sitat"',
      '- liste',
    ]) {
      const out = fillTemplate('tittel: {{tittel}}\n', { ...values, title });
      expect(parse(out)).toEqual({ tittel: title });
    }
  });

  it('writes several kommunar as a flow list', () => {
    const out = fillTemplate('kommune: {{kommune}}\n', { ...values, kommune: ['Årdal', 'Lærdal'] });
    expect(out).toBe('kommune: [Årdal, Lærdal]\n');
  });

  it('fills strategi only when given, and refuses unknown placeholders', () => {
    expect(fillTemplate('strategi: {{strategi}}', { ...values, strategy: 'a/b' })).toBe(
      'strategi: a/b',
    );
    expect(() => fillTemplate('strategi: {{strategi}}', values)).toThrow(/no strategy/);
    expect(() => fillTemplate('x: {{tittl}}', values)).toThrow(
      /Unknown template placeholder \{\{tittl\}\}/,
    );
  });

  it('keeps the {{#strategi}} lines with a strategy and the {{^strategi}} lines without', () => {
    const template =
      'a: 1\n{{#strategi}}\nstrategi: {{strategi}}\n{{/strategi}}\n{{^strategi}}\negne: ja\n{{/strategi}}\nb: 2\n';
    expect(fillTemplate(template, { ...values, strategy: 'a/b' })).toBe(
      'a: 1\nstrategi: a/b\nb: 2\n',
    );
    expect(fillTemplate(template, values)).toBe('a: 1\negne: ja\nb: 2\n');
    expect(() => fillTemplate('{{#strategi}}\nx: 1\n', values)).toThrow(/Unclosed/);
  });
});
