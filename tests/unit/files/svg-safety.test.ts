import { describe, expect, it } from 'vitest';
import { svgProblem } from '../../../src/lib/files/svg-safety.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (inner: string, attrs = ''): string => `<svg ${NS} ${XLINK}${attrs}>${inner}</svg>`;

describe('svgProblem: drawings pass', () => {
  it.each([
    ['internal references', svg('<defs><g id="a"/></defs><use xlink:href="#a"/><use href="#a"/>')],
    [
      'gradients, url(#id) in attributes and style',
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect fill="url(#g)" style="fill: url( \'#g\' ); stroke:#000" width="4" height="3"/>',
      ),
    ],
    ['a <style> with url(#id)', svg('<style>.a{fill:url(#g)}</style><rect class="a"/>')],
    [
      'an embedded PNG (Inkscape)',
      svg('<image width="1" height="1" xlink:href="data:image/png;base64,iVBORw0KGgo="/>'),
    ],
    [
      'Illustrator’s DOCTYPE and XML declaration',
      `<?xml version="1.0" encoding="utf-8"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">${svg('<g/>')}`,
    ],
    [
      'Inkscape’s editor markup and licence metadata',
      `<svg ${NS} xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" inkscape:version="1.3" sodipodi:docname="kart.svg"><sodipodi:namedview inkscape:zoom="1"/><metadata><rdf:RDF><cc:Work rdf:about=""><dc:title>Kart</dc:title></cc:Work></rdf:RDF></metadata><g inkscape:label="Lag 1" inkscape:groupmode="layer"><path d="M0 0h1"/></g></svg>`,
    ],
    [
      'an animation of a colour',
      svg('<rect><animate attributeName="fill" to="red" dur="1s"/></rect>'),
    ],
    ['a BOM and a title', `\uFEFF${svg('<title>Figur 1 – Årdal</title><desc>æøå</desc>')}`],
  ])('%s', (_name, text) => {
    expect(svgProblem(text)).toBeUndefined();
  });
});

describe('svgProblem: active or outside content is refused', () => {
  it.each([
    ['<script>', svg('<script>alert(1)</script>'), '<script>'],
    ['a CDATA script', svg('<script><![CDATA[alert(1)]]></script>'), '<script>'],
    [
      '<svg:script>',
      `<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:script>alert(1)</svg:script></svg:svg>`,
      '<svg:script>',
    ],
    [
      '<x:script> under another prefix',
      svg('<x:script xmlns:x="http://www.w3.org/2000/svg">alert(1)</x:script>'),
      '<x:script>',
    ],
    [
      'an XHTML script',
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
      '<h:script>',
    ],
    ['onload', svg('<rect onload="alert(1)"/>'), 'onload'],
    ['ONLOAD', svg('<rect ONLOAD="alert(1)"/>'), 'ONLOAD'],
    ['onload on the root', `<svg ${NS} onload="alert(1)"/>`, 'onload'],
    ['a namespaced onload', svg('<rect x:onload="alert(1)" xmlns:x="urn:x"/>'), 'x:onload'],
    ['<foreignObject>', svg('<foreignObject><p>x</p></foreignObject>'), '<foreignObject>'],
    ['<iframe>', svg('<iframe src="https://e.vil/"/>'), '<iframe>'],
    [
      'a javascript: link',
      svg('<a href="javascript:alert(1)"><text>x</text></a>'),
      'href="javascript:alert(1)"',
    ],
    [
      'an entity-encoded javascript: link',
      svg('<a xlink:href="&#106;avascript:alert(1)"><text>x</text></a>'),
      'xlink:href="javascript:alert(1)"',
    ],
    [
      'a hex-entity javascript: link with a tab',
      svg('<a href="&#x6A;ava&#x09;script:alert(1)"><text>x</text></a>'),
      'href="java\tscript:alert(1)"',
    ],
    [
      'a link to another site',
      svg('<a href="https://e.vil/"><text>x</text></a>'),
      'href="https://e.vil/"',
    ],
    [
      'a remote image',
      svg('<image href="https://tracker.example/p.png"/>'),
      'href="https://tracker.example/p.png"',
    ],
    ['a protocol-relative use', svg('<use href="//e.vil/x.svg#a"/>'), 'href="//e.vil/x.svg#a"'],
    ['a use of another file', svg('<use href="andre.svg#a"/>'), 'href="andre.svg#a"'],
    [
      'an SVG data: URL in <use>',
      svg('<use href="data:image/svg+xml,&lt;svg/&gt;"/>'),
      'href="data:image/svg+xml,<svg/>"',
    ],
    [
      'a data:text/html image',
      svg('<image href="data:text/html;base64,PHNjcmlwdD4="/>'),
      'href="data:text/html;base64,PHNjcmlwdD4="',
    ],
    [
      '@import in <style>',
      svg('<style>@import url(https://e.vil/x.css);</style>'),
      '<style>: @import',
    ],
    [
      'an escaped @import',
      svg('<style>@\\69mport "https://e.vil/x.css";</style>'),
      '<style>: @import',
    ],
    [
      'a remote url() in <style>',
      svg('<style>rect{fill:url(https://e.vil/p)}</style>'),
      '<style>: url(https://e.vil/p)',
    ],
    [
      'an escaped url()',
      svg('<style>rect{background:u\\72l(//e.vil/p)}</style>'),
      '<style>: url(//e.vil/p)',
    ],
    [
      'image-set() with a string',
      svg('<style>rect{background:image-set("https://e.vil/p" 1x)}</style>'),
      '<style>: image-set()',
    ],
    [
      '@font-face',
      svg('<style>@font-face{font-family:x;src:local(x)}</style>'),
      '<style>: @font-face',
    ],
    [
      'a remote url() in a style attribute',
      svg('<rect style="fill:url(https://e.vil/#a)"/>'),
      'style="url(https://e.vil/#a)"',
    ],
    [
      'a remote url() in fill',
      svg('<rect fill="url(https://e.vil/#a)"/>'),
      'fill="url(https://e.vil/#a)"',
    ],
    ['a remote filter', svg('<rect filter="url(andre.svg#f)"/>'), 'filter="url(andre.svg#f)"'],
    [
      '<set> of href',
      svg('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
      '<set attributeName="href">',
    ],
    [
      '<animate> of xlink:href',
      svg('<a><animate attributeName="xlink:href" values="javascript:alert(1)"/></a>'),
      '<animate attributeName="xlink:href">',
    ],
    [
      '<set> of onclick',
      svg('<rect><set attributeName="onclick" to="alert(1)"/></rect>'),
      '<set attributeName="onclick">',
    ],
    ['xml:base', svg('<g xml:base="https://e.vil/"><use href="#a"/></g>'), 'xml:base'],
    [
      'an xml-stylesheet PI',
      `<?xml-stylesheet href="https://e.vil/x.xsl" type="text/xsl"?>${svg('')}`,
      '<?xml-stylesheet?>',
    ],
    [
      'an internal DTD subset',
      `<!DOCTYPE svg [<!ENTITY x "y">]>${svg('<text>&x;</text>')}`,
      '<!DOCTYPE>',
    ],
    ['an unknown element', svg('<handler>alert(1)</handler>'), '<handler>'],
    [
      'a root that is not SVG',
      '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
      '<html>',
    ],
    ['an <svg> without the SVG namespace', '<svg><script>alert(1)</script></svg>', '<svg>'],
    [
      'a script hidden in <metadata>',
      svg(
        '<metadata><h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script></metadata>',
      ),
      '<h:script>',
    ],
  ])('%s', (_name, text, what) => {
    expect(svgProblem(text)).toMatchObject({ kind: 'unsafe', what });
  });

  it('gives the line in the SVG file', () => {
    expect(svgProblem(`<svg ${NS}>\n<g>\n<script/>\n</g></svg>`)).toEqual({
      kind: 'unsafe',
      what: '<script>',
      line: 3,
    });
  });
});

describe('svgProblem: what is not well-formed XML is refused', () => {
  it.each([
    ['onload with no space before it', svg('<rect x="1"onload="alert(1)"/>')],
    ['an undefined entity', svg('<text>&nbsp;</text>')],
    ['an unclosed element', `<svg ${NS}><g>`],
    ['an unbound prefix', `<svg ${NS}><a xlink:href="#a"/></svg>`],
    ['HTML-style attributes without quotes', `<svg ${NS}><rect width=4/></svg>`],
    ['an empty file', ''],
    ['text only', 'just text'],
  ])('%s', (_name, text) => {
    expect(svgProblem(text)).toMatchObject({ kind: 'malformed' });
  });
});
