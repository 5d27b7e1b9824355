/**
 * What recognise() finds in mammoth's HTML of municipal Word templates: the
 * shapes of the seeds (the Tysnes saksframlegg's label lines, marker lines and
 * «INNSTILLING FRÅ RÅDMANNEN:»), and the variants other templates use.
 */
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { recognise, typeFromTitle } from '../../../src/lib/import/recognise.ts';
import { detectMalform } from '../../../src/lib/import/detect-malform.ts';

const KOMMUNER = ['Årdal', 'Lærdal', 'Tysnes', 'Levanger'];
const read = (html: string) => recognise(fromHtml(html, { fragment: true }), KOMMUNER);

describe('recognise', () => {
  it('reads the Tysnes template: type word, kommune, title, label lines, vedlegg on line breaks', () => {
    const found = read(
      '<h1>SAKSFRAMLEGG</h1><h2>Tysnes kommune</h2><h3>DIGITALISERING I KOMMUNAL SEKTOR</h3>' +
        '<p>Sakshandsamar: Anders Teigen</p><p>Arkivsak : 17/596 - <br/>Arkivkode: 010</p>' +
        '<p><strong>... &amp;&amp;&amp; Set inn vedlegga og saksutgreiinga under &amp;&amp;&amp; (Ikkje slett denne lina)</strong></p>' +
        '<p><strong>Vedlegg:</strong> DIGITALISERING I KOMMUNAL SEKTOR(1).PDF<br/>DIGITALISERINGSRUNDSKRIVET 2017.PDF</p>' +
        '<h3>SAKSUTGREIING:</h3><p>Frå KS har me fått slikt skriv.</p>' +
        '<h3><strong>INNSTILLING FRÅ RÅDMANNEN:</strong></h3>' +
        '<p><strong>::: &amp;&amp;&amp; Set inn innstillinga under &amp;&amp;&amp; (Ikkje slett denne lina)</strong></p>' +
        '<p>Tysnes kommune er positiv til invitasjonen.</p>' +
        '<p><strong>::: &amp;&amp;&amp; Set inn innstillinga over &amp;&amp;&amp; (Ikkje slett denne lina)</strong></p>',
    );
    expect(found).toMatchObject({
      type: 'saksframlegg',
      kommune: 'Tysnes',
      title: 'DIGITALISERING I KOMMUNAL SEKTOR',
      caseOfficer: 'Anders Teigen',
      archiveCase: '17/596',
      archiveCode: '010',
      attachments: [
        'DIGITALISERING I KOMMUNAL SEKTOR(1).PDF',
        'DIGITALISERINGSRUNDSKRIVET 2017.PDF',
      ],
      recommendation: {
        from: 'Rådmannen',
        points: ['Tysnes kommune er positiv til invitasjonen.'],
      },
      dropped: { markers: 3, toc: 0 },
    });
    expect(found.body.map((n) => (n.type === 'element' ? n.tagName : n.type))).toEqual(['h3', 'p']);
  });

  it('takes «Framlegg til vedtak» as a numbered list, up to the next heading', () => {
    const found = read(
      '<h1>Ny barnehage</h1><h2>Framlegg til vedtak</h2><ol><li>1. Kommunestyret byggjer.</li><li>Kostnaden vert 40 mill.</li></ol><h2>Saksopplysningar</h2><p>Tekst.</p>',
    );
    expect(found.recommendation).toEqual({
      points: ['Kommunestyret byggjer.', 'Kostnaden vert 40 mill.'],
    });
    expect(found.body).toHaveLength(2);
  });

  it('reads «Kommunedirektørens innstilling», a header table and the route table', () => {
    const found = read(
      '<p>Levanger kommune</p><h1>Budsjett 2025</h1>' +
        '<table><tr><td><p>Saksbehandler:</p></td><td><p>Kari Nordmann</p></td></tr><tr><td><p>Arkivsak:</p></td><td><p>24/12</p></td></tr></table>' +
        '<table><tr><td>Utvalg</td><td>Møtedato</td><td>Saksnr</td></tr><tr><td>Formannskapet</td><td>03.02.2025</td><td>5/25</td></tr></table>' +
        '<p><strong>Kommunedirektørens innstilling:</strong></p><p>Budsjettet vedtas.</p>',
    );
    expect(found).toMatchObject({
      kommune: 'Levanger',
      title: 'Budsjett 2025',
      caseOfficer: 'Kari Nordmann',
      archiveCase: '24/12',
      route: [{ body: 'Formannskapet', meetingDate: '03.02.2025', caseNumber: '5/25' }],
      recommendation: { from: 'Kommunedirektøren', points: ['Budsjettet vedtas.'] },
    });
    expect(found.body).toEqual([]);
  });

  it('drops a typed contents list (title, tab, page) but keeps an ordinary table', () => {
    const found = read(
      '<p>Felles digitaliseringstrategi</p><p>2020 - 2025</p><p>Innhold:</p><p>1.\tKvifor?\t2</p><p>2.\tRammer\t5</p><h1>1. Kvifor?</h1><table><tr><td>A</td><td>B</td></tr></table>',
    );
    expect(found).toMatchObject({
      title: 'Felles digitaliseringstrategi',
      period: '2020 - 2025',
      type: 'strategi',
      dropped: { toc: 3 },
    });
    expect(found.body).toHaveLength(2);
  });

  it('leaves body text that only looks like a label alone', () => {
    const found = read('<h1>Notat om skytenester</h1><p>Merk: dette gjeld berre Lærdal.</p>');
    expect(found.body).toHaveLength(1);
    expect(typeFromTitle('Notat om skytenester')).toBeUndefined();
    expect(typeFromTitle('Trafikksikringsplan')).toBe('plan');
  });
});

describe('detectMalform', () => {
  it('counts the words only one målform spells so', () => {
    expect(
      detectMalform('Korleis kan kommunen gje betre tenester? Me veit ikkje enno.'),
    ).toMatchObject({ malform: 'nn' });
    expect(
      detectMalform('Hvordan kan kommunen gi bedre tjenester? Vi vet ikke ennå.'),
    ).toMatchObject({ malform: 'nb' });
    expect(detectMalform('Kommunen 2024')).toEqual({ malform: undefined, nb: 0, nn: 0 });
  });
});
