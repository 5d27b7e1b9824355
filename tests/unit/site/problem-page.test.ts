import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/model/problems.ts';
import { ContentError } from '../../../src/lib/model/problems.ts';
import { isContentError, renderProblemPage } from '../../../src/lib/site/problem-page.ts';

const problems: Problem[] = [
  {
    file: 'content/statusoppdateringar/haust-2025.yaml',
    line: 7,
    field: 'oppdateringar[0].dato',
    ruleId: 'oppdatering-dato-ugyldig',
    severity: 'error',
    message: 'Datoen «31.02.2025» finst ikkje i kalenderen. Sjekk dag og månad.',
    malform: 'nn',
  },
  {
    file: 'content/tysnes/Farleg <HTML>.md',
    line: 23,
    column: 1,
    ruleId: 'removed-html',
    severity: 'warning',
    message: 'HTML-elementet <script> er fjerna saman med innhaldet.',
    malform: 'nn',
  },
];

describe('renderProblemPage', () => {
  it('lists every problem with file:line, field and message, escaped, in nynorsk', () => {
    const html = renderProblemPage(problems, 'nn');
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('<h1>Innhaldet har feil</h1>');
    expect(html).toContain(
      'content/statusoppdateringar/haust-2025.yaml:7  [oppdatering-dato-ugyldig]',
    );
    expect(html).toContain(
      '<strong>Feil</strong>, linje 7: <code>oppdateringar[0].dato</code>: Datoen «31.02.2025» finst ikkje',
    );
    expect(html).toContain('<strong>Åtvaring</strong>, linje 23: HTML-elementet &lt;script&gt;');
    expect(html).toContain('content/tysnes/Farleg &lt;HTML&gt;.md:23:1');
    expect(html).not.toContain('<script>');
    // Vite's client reloads the page when the fixed file is saved.
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
  });

  it('speaks bokmål when the site does', () => {
    const html = renderProblemPage(problems, 'nb');
    expect(html).toContain('<html lang="nb">');
    expect(html).toContain('<h1>Innholdet har feil</h1>');
    expect(html).toContain('<strong>Advarsel</strong>');
  });
});

describe('isContentError', () => {
  it('recognises a ContentError, also from another copy of the module, and nothing else', () => {
    expect(isContentError(new ContentError(problems))).toBe(true);
    const copy = Object.assign(new Error('x'), { name: 'ContentError', problems });
    expect(isContentError(copy)).toBe(true);
    expect(isContentError(new Error('ContentError'))).toBe(false);
    expect(isContentError({ name: 'ContentError', problems })).toBe(false);
  });
});
