import { describe, expect, it } from 'vitest';
import { judgeBytes } from '../../../src/lib/files/file-safety.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

describe('judgeBytes: publishable files pass', () => {
  it.each([
    ['plan.pdf', bytes('%PDF-1.7\n%âãÏÓ\n')],
    ['Plan.PDF', bytes('%PDF-1.4\n')],
    ['kart.png', bytes(PNG, '\0\0\0\rIHDR')],
    ['foto.jpg', bytes(JPEG)],
    ['foto.jpeg', bytes(JPEG)],
    ['foto.png', bytes(JPEG)], // A JPEG named .png: browsers sniff between images only.
    ['anim.gif', bytes('GIF89a')],
    ['bilete.webp', bytes('RIFF\0\0\0\0WEBPVP8 ')],
    ['rapport.docx', bytes(ZIP)],
    ['tal.xlsx', bytes(ZIP)],
    ['lysark.pptx', bytes(ZIP)],
    ['tekst.odt', bytes(ZIP)],
    ['rekneark.ods', bytes(ZIP)],
    ['lysark.odp', bytes(ZIP)],
    ['arkiv.zip', bytes(ZIP)],
    ['gammal.doc', bytes(OLE)],
    ['gammal-rtf.doc', bytes('{\\rtf1\\ansi')],
    ['gammal.xls', bytes(OLE)],
    ['gammal.ppt', bytes(OLE)],
    ['brev.rtf', bytes('{\\rtf1\\ansi')],
    ['tal.csv', bytes('Kommune;Innbyggjarar\nÅrdal;5 200\n')],
    ['latin1.csv', Uint8Array.from([0xc5, 0x72, 0x64, 0x61, 0x6c, 0x3b, 0x31])],
    ['utf16.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x3b, 0x00, 0x31, 0x00])],
    ['merknad.txt', bytes('Pris < 5 mill. og a<b\n')],
    ['teikning.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')],
  ])('%s', (name, content) => {
    expect(judgeBytes(name, content)).toEqual({ ok: true, ext: expect.any(String) as string });
  });
});

describe('judgeBytes: types that could run on the site are refused by name', () => {
  it.each(
    [
      'index.html',
      'side.htm',
      'side.HTML',
      'side.xhtml',
      'side.shtml',
      'side.mhtml',
      'side.mht',
      'data.xml',
      'stil.xsl',
      'stil.xslt',
      'skript.js',
      'modul.mjs',
      'modul.cjs',
      'kode.wasm',
      'data.json',
      'app.webmanifest',
      'stil.css',
      'teikning.svgz',
      'plan.pdf.html',
      'README',
      'plan.pdf.',
      '.htaccess',
      'lenke.url',
      'program.exe',
      'skript.php',
      'bilete.bmp',
      'bilete.tiff',
      'makro.docm',
      'makro.xlsm',
      'bok.epub',
    ].map((n) => [n]),
  )('%s', (name) => {
    expect(judgeBytes(name, bytes('x'))).toMatchObject({ ok: false, problem: 'type' });
  });
});

describe('judgeBytes: content that is not what the name says is refused', () => {
  it.each([
    ['a .pdf that is HTML', 'plan.pdf', bytes('<!DOCTYPE html><script>alert(1)</script>'), 'HTML'],
    ['a .pdf with HTML after spaces', 'plan.pdf', bytes('\n\n  <html><body>x'), 'HTML'],
    ['a .png that starts with <html', 'kart.png', bytes('<html><script>alert(1)</script>'), 'HTML'],
    ['a .png that starts with <script', 'kart.png', bytes('<script>alert(1)</script>'), 'HTML'],
    ['a .jpg that is SVG', 'foto.jpg', bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'SVG'],
    ['a .txt that is HTML', 'les.txt', bytes('<html><body onload=alert(1)>'), 'HTML'],
    [
      'a .txt with a script further in',
      'les.txt',
      bytes('Hei\n\n<script>alert(1)</script>'),
      'HTML',
    ],
    ['a .txt with an <iframe>', 'les.txt', bytes('x <iframe src=//e.vil>'), 'HTML'],
    ['a .txt in UTF-7', 'les.txt', bytes('+ADw-script+AD4-alert(1)+ADw-/script+AD4-'), 'UTF-7'],
    [
      'a UTF-16 .txt that is HTML',
      'les.txt',
      bytes([0xff, 0xfe], Buffer.from('<html>', 'utf16le').toJSON().data),
      'HTML',
    ],
    ['a .csv that is XML', 'tal.csv', bytes('<?xml version="1.0"?><x/>'), 'XML'],
    ['a .csv with NUL bytes', 'tal.csv', bytes('a;b\0c'), 'binary'],
    [
      'an .xls that is an HTML table (web export)',
      'tal.xls',
      bytes('<table><tr><td>1</td></tr></table>'),
      'HTML',
    ],
    ['an .xls that is text', 'tal.xls', bytes('a\tb\n1\t2\n'), 'text'],
    [
      'a .doc that is HTML (Word «web page»)',
      'brev.doc',
      bytes('<html xmlns:o="urn:schemas-microsoft-com:office:office">'),
      'HTML',
    ],
    ['a .docx that is a PDF', 'brev.docx', bytes('%PDF-1.7'), 'PDF'],
    ['a .zip that is HTML', 'arkiv.zip', bytes('<a href=x>'), 'HTML'],
    ['a .rtf that is HTML', 'brev.rtf', bytes('<b>x</b>'), 'HTML'],
    ['an empty .pdf', 'tom.pdf', bytes(''), 'text'],
  ])('%s', (_name, name, content, found) => {
    expect(judgeBytes(name, content)).toMatchObject({ ok: false, problem: 'content', found });
  });

  it('judges an .SVG (upper case) as SVG, and refuses its script', () => {
    expect(
      judgeBytes('KART.SVG', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')),
    ).toMatchObject({ ok: false, problem: 'svg', svg: { kind: 'unsafe', what: '<script>' } });
  });

  it('refuses an .svg that is HTML', () => {
    expect(judgeBytes('kart.svg', bytes('<html><script>alert(1)</script></html>'))).toMatchObject({
      ok: false,
      problem: 'svg',
    });
  });
});
