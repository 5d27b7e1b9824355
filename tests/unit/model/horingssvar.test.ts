/**
 * `høringssvar` (issue 14 point 5): an e-mail address or an https form URL,
 * refused with a message that names the field and the fix; a mailto: link
 * can never carry headers or a second recipient.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsultationResponse } from '../../../src/lib/core/consultation-response.ts';
import { documentFields } from '../../../src/lib/data/document-json.ts';
import { respondWords } from '../../../src/lib/i18n/respond.ts';
import { check, doc, formatted, rules } from './helpers.ts';

const root = path.resolve(import.meta.dirname, '../../fixtures/model/horingssvar/content');
const read = (file: string) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') });
const EMAIL = 'tysnes/skulebruksplan-pa-hoyring.md';
const FORM = 'tysnes/trafikktryggingsplan-skjema.md';

/** A nn document on høyring with the given `høyringssvar` line. */
const onHoring = (value: string) =>
  doc(`høyringsfrist: 30.04.2025\nhøyringssvar: ${value}\n`).replace(
    'status: vedteken',
    'status: høyring',
  );

describe('høringssvar', () => {
  it('reads an e-mail address and an https form, under either spelling of the key', () => {
    const result = check([read(EMAIL), read(FORM)]);
    expect(formatted(result.problems)).toBe('');
    const byId = Object.fromEntries(result.documents.map((d) => [d.id, d.consultationResponse]));
    expect(byId).toEqual({
      'tysnes/skulebruksplan-pa-hoyring': {
        kind: 'email',
        address: 'postmottak@tysnes.kommune.no',
        href: 'mailto:postmottak@tysnes.kommune.no',
      },
      'tysnes/trafikktryggingsplan-skjema': {
        kind: 'form',
        url: 'https://skjema.tysnes.kommune.no/horing/trafikk?sak=25%2F113',
        href: 'https://skjema.tysnes.kommune.no/horing/trafikk?sak=25%2F113',
      },
    });
  });

  it('puts it in dokument.json as {type, epost} or {type, url}', () => {
    const { documents } = check([read(EMAIL), read(FORM)]);
    expect(documents.map((d) => documentFields(d, new Map())['horingssvar'])).toEqual([
      { type: 'skjema', url: 'https://skjema.tysnes.kommune.no/horing/trafikk?sak=25%2F113' },
      { type: 'epost', epost: 'postmottak@tysnes.kommune.no' },
    ]);
  });

  it('says how to respond: to the address, in the form, or to the kommune', () => {
    const { documents } = check([read(EMAIL), read(FORM)]);
    const [form, email] = documents;
    expect(respondWords(email!, 'nn')).toEqual({
      before: 'Send høyringssvaret ditt på e-post til ',
      link: { href: 'mailto:postmottak@tysnes.kommune.no', text: 'postmottak@tysnes.kommune.no' },
      after: ' innan fristen. Merk svaret med saksnummer 25/112.',
    });
    expect(respondWords(form!, 'nb')).toEqual({
      before: 'Svar på høringen i ',
      link: {
        href: 'https://skjema.tysnes.kommune.no/horing/trafikk?sak=25%2F113',
        text: 'skjemaet for høringssvar',
      },
      after: ' innen fristen.',
    });
    const { consultationResponse: _, ...generic } = email!;
    expect(respondWords(generic, 'nn')).toEqual({
      before:
        'Send høyringssvaret ditt til Tysnes kommune innan fristen, på e-post eller brev. Merk svaret med saksnummer 25/112.',
      after: '',
    });
  });

  it.each([
    ['postmottak@tysnes.kommune.no?bcc=alle@example.com', 'horingssvar-epost'],
    ['postmottak@tysnes.kommune.no&cc=x@example.com', 'horingssvar-epost'],
    ['mailto:postmottak@tysnes.kommune.no?subject=Hei', 'horingssvar-epost'],
    ['"postmottak@tysnes.kommune.no\\nBcc: x@example.com"', 'horingssvar-epost'],
    ['"postmottak@tysnes.kommune.no%0ABcc:x@example.com"', 'horingssvar-epost'],
    ['"a@tysnes.kommune.no, b@example.com"', 'horingssvar-epost'],
    ['Tysnes kommune <postmottak@tysnes.kommune.no>', 'horingssvar-epost'],
    ['postmottak@localhost', 'horingssvar-epost'],
    ['http://skjema.tysnes.kommune.no/horing', 'horingssvar-http'],
    ['https://admin:passord@skjema.tysnes.kommune.no/', 'horingssvar-adresse'],
    ['https://intranett/horing', 'horingssvar-adresse'],
    ['javascript:alert(1)', 'horingssvar-ugyldig'],
    ['data:text/html,<script>alert(1)</script>', 'horingssvar-ugyldig'],
    ['ring rådhuset', 'horingssvar-ugyldig'],
  ])('refuses %s (%s)', (value, rule) => {
    expect(rules(check({ 'tysnes/plan.md': onHoring(value) }).problems)).toEqual([rule]);
  });

  it('accepts æøå in an address and a mailto: prefix', () => {
    for (const value of ['post@lærdal.kommune.no', 'mailto:Postmottak@Tysnes.kommune.no']) {
      const { documents, problems } = check({ 'tysnes/plan.md': onHoring(value) });
      expect(formatted(problems), value).toBe('');
      expect(documents[0]?.consultationResponse?.href).toBe(
        `mailto:${value.replace(/^mailto:/, '')}`,
      );
    }
    expect(readConsultationResponse('post@lærdal.kommune.no').ok).toBe(true);
  });

  it('words each refusal with file:line, field and fix in the målform', () => {
    const nn = check({
      'tysnes/plan.md': onHoring('postmottak@tysnes.kommune.no?bcc=x@example.com'),
    });
    expect(formatted(nn.problems)).toMatchInlineSnapshot(`
      "content/tysnes/plan.md
        content/tysnes/plan.md:7:15  error  høyringssvar: «postmottak@tysnes.kommune.no?bcc=x@example.com» kan ikkje brukast som e-postadresse for høyringssvar. Skriv éi adresse utan mellomrom, komma, linjeskift, %, ? eller &, til dømes \`høyringssvar: postmottak@tysnes.kommune.no\`.  [horingssvar-epost]

      ✖ 1 feil i 1 fil"
    `);
    const nb = check({
      'tysnes/plan.md': onHoring('http://skjema.tysnes.kommune.no').replace(
        'tittel: Test',
        'tittel: Test\nmålform: nb',
      ),
    });
    expect(formatted(nb.problems)).toMatchInlineSnapshot(`
      "content/tysnes/plan.md
        content/tysnes/plan.md:8:15  error  høyringssvar: «http://skjema.tysnes.kommune.no» er en usikker http-adresse. Skjemaet for høringssvar må ha en adresse som begynner med https://, for eksempel \`høringssvar: https://skjema.tysnes.kommune.no/horing\`.  [horingssvar-http]

      ✖ 1 feil i 1 fil"
    `);
  });
});
