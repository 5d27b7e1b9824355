import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/lib/markdown/pipeline.ts';
import { UNSAFE_HTML_RULES } from '../../../src/lib/markdown/unsafe-html-messages.ts';

// Payloads from the usual XSS cheat sheets, as they could arrive in a Word
// conversion or be typed by hand. None may leave anything executable.
const XSS = [
  '<img src=x onerror=alert(1)>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="javascript&#58;alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="x.swf">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<details open ontoggle=alert(1)>x</details>',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<style>@import "https://evil.example/x.css";</style>',
  '<script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</script>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<b onmouseover=alert(1)>fet</b>',
  '[lenke](javascript:alert(1))',
  '[lenke](javascript&#58;alert(1))',
  '![bilete](javascript:alert(1))',
  '<a href="#" onclick="alert(1)" style="x">x</a>',
];

const FORBIDDEN = [
  /<script/i,
  /<style/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<form/i,
  /<svg/i,
  /<math/i,
  /<base/i,
  /<meta/i,
  /<link/i,
  /<details/i,
  /\son[a-z]+=/i,
  /\sstyle=/i,
  /javascript:/i,
  /vbscript:/i,
  /(href|src)="data:/i,
];

describe('sanitizer against an XSS list', () => {
  it.each(XSS)('%s', async (payload) => {
    const { html } = await renderMarkdown(`Tekst før.\n\n${payload}\n\nTekst etter.`, {
      malform: 'nb',
    });
    for (const pattern of FORBIDDEN) expect(html).not.toMatch(pattern);
    // Not «Tekst etter.»: an unclosed <math> or <svg> swallows the rest of its HTML block.
    expect(html).toContain('Tekst før.');
  });

  it('keeps the text of Word wrappers and the Word inline tags', async () => {
    const { html } = await renderMarkdown(
      '<span class="MsoNormal" style="color:red"><b>Fet</b>, <i>kursiv</i>, <u>under</u>, x<sup>2</sup>, H<sub>2</sub>O<br>ny line</span>',
      { malform: 'nb' },
    );
    expect(html).toBe(
      '<p><b>Fet</b>, <i>kursiv</i>, <u>under</u>, x<sup>2</sup>, H<sub>2</sub>O<br>ny line</p>',
    );
  });
});

describe('messages about removed HTML', () => {
  const source = [
    '## Vedtak',
    '',
    'Sjå <a href="javascript:alert(1)">vedlegget</a>.',
    '',
    '<iframe src="https://evil.example/"></iframe>',
    '',
    '<span style="x" onclick="alert(1)">tekst</span>',
  ].join('\n');

  it('name the rule and the line', async () => {
    const { messages } = await renderMarkdown(source, { malform: 'nn' });
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([
      [UNSAFE_HTML_RULES.unsafeUrl, 3, false],
      [UNSAFE_HTML_RULES.removedElement, 5, false],
      // The span itself is a harmless Word wrapper; its event handler is not.
      [UNSAFE_HTML_RULES.eventHandler, 7, false],
    ]);
  });

  it.each(['nb', 'nn'] as const)('are worded for clerks in %s', async (malform) => {
    const { messages } = await renderMarkdown(source, { malform, path: 'content/vedtak.md' });
    // Only the HTML messages: the language checks have their own tests.
    const html = messages.filter((m) => !String(m.ruleId).startsWith('planverk:malform'));
    expect(html.map((m) => `${m.name}: ${m.reason}`)).toMatchSnapshot();
  });

  it('are not raised for plain Markdown or a ragged GFM table', async () => {
    const { messages } = await renderMarkdown(
      '| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n\n**fet**',
      {
        malform: 'nb',
      },
    );
    // The ragged rows are a structure warning (tabell-celler), not an HTML message.
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['planverk:tabell-celler', 3],
      ['planverk:tabell-celler', 4],
    ]);
  });
});
