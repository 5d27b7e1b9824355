import { describe, expect, it } from 'vitest';
import { activeSvgContent } from '../../../src/lib/assets/svg-safety.ts';

describe('activeSvgContent', () => {
  it('passes a plain drawing with internal references', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><g id="a"/></defs><use xlink:href="#a"/></svg>';
    expect(activeSvgContent(svg)).toBeUndefined();
  });

  it.each([
    ['<svg><script>alert(1)</script></svg>', '<script>'],
    ['<svg><rect onload="alert(1)"/></svg>', 'on…='],
    ['<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', 'javascript:'],
    ['<svg><foreignObject><p>x</p></foreignObject></svg>', '<foreignObject>'],
    ['<svg><image href="https://tracker.example/p.png"/></svg>', 'href="https://…"'],
  ])('finds active content in %s', (svg, what) => {
    expect(activeSvgContent(svg)).toBe(what);
  });
});
