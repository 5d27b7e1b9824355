// What makes an SVG active content: scripts, event handlers, javascript:
// URLs, embedded HTML, and references to other files or sites (which an
// archived PDF could not follow and a reader's browser should not fetch).
const ACTIVE: readonly [RegExp, string][] = [
  [/<script\b/i, '<script>'],
  [/\son[a-z]+\s*=/i, 'on…='],
  [/javascript:/i, 'javascript:'],
  [/<foreignObject\b/i, '<foreignObject>'],
  [/<(?:iframe|embed|object)\b/i, '<iframe>/<embed>/<object>'],
  [/\bhref\s*=\s*["']\s*(?:https?:)?\/\//i, 'href="https://…"'],
];

/**
 * What in an SVG file is active or remote content (`<script>`, `on…=`), or
 * undefined when it is a plain drawing. Body SVGs are only ever shown through
 * `<img>`, where browsers run nothing, but the copied file can also be opened
 * on its own under the site's address, so a file with scripts is refused.
 */
export function activeSvgContent(text: string): string | undefined {
  return ACTIVE.find(([pattern]) => pattern.test(text))?.[1];
}
