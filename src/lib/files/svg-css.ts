/**
 * What in a piece of CSS (an SVG `<style>` or `style="…"`) reaches outside
 * the file or runs code, or undefined when it is plain styling. CSS escapes
 * (`u\72l(`, `\40 import`) and comments are undone first, so they cannot
 * hide a word; then only `url(#id)` is allowed as a reference.
 */
export function unsafeCss(css: string): string | undefined {
  const plain = decodeCssEscapes(css.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ')).toLowerCase();
  if (/@import\b/.test(plain)) return '@import';
  if (/@namespace\b/.test(plain)) return '@namespace';
  if (/@font-face\b/.test(plain)) return '@font-face';
  for (const match of plain.matchAll(/url\s*\(\s*(['"]?)\s*([^'")\s]*)/g)) {
    if (!(match[2] ?? '').startsWith('#')) return `url(${match[2] ?? ''})`;
  }
  // Functions that take a URL as a plain string, and old engines' script hooks.
  const fn =
    /(?:^|[^a-z0-9-])((?:-webkit-)?image-set|image|cross-fade|src|expression|element)\s*\(/.exec(
      plain,
    );
  if (fn) return `${fn[1] ?? ''}()`;
  if (/-moz-binding|behavior\s*:|javascript:|vbscript:/.test(plain)) return 'script';
  return undefined;
}

// https://www.w3.org/TR/css-syntax-3/#consume-escaped-code-point
function decodeCssEscapes(css: string): string {
  return css
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?/gi, (_, hex: string) => {
      const code = Number.parseInt(hex, 16);
      return code === 0 || code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code);
    })
    .replace(/\\\r?\n/g, '')
    .replace(/\\(.)/g, '$1');
}
