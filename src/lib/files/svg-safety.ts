import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { unsafeCss } from './svg-css.ts';

/** Why an SVG file may not be published, with the line in the SVG file. */
export interface SvgProblem {
  /** `malformed`: not well-formed XML; `unsafe`: an element, attribute or value off the allow-list. */
  kind: 'malformed' | 'unsafe';
  /** What was found, as the clerk may search for it in the file (`<script>`, `onload`, `href="https://…"`). */
  what: string;
  /** Line in the SVG file (1-based). */
  line: number;
}

const SVG = 'http://www.w3.org/2000/svg';
const XLINK = 'http://www.w3.org/1999/xlink';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
// Drawing programs' own markup, which browsers ignore: Inkscape, Sodipodi,
// and the RDF licence block inside <metadata>.
const EDITOR = new Set([
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
]);
const METADATA = new Set([
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://creativecommons.org/ns#',
  'http://web.resource.org/cc/',
  'http://purl.org/dc/elements/1.1/',
  'http://purl.org/dc/terms/',
]);

/** SVG elements that only draw. No script, foreignObject, iframe, cursor, font-face-uri. */
const ELEMENTS = new Set(
  `svg g defs symbol use desc title metadata switch a view
  path rect circle ellipse line polyline polygon text tspan textPath
  linearGradient radialGradient meshgradient meshrow meshpatch stop pattern hatch hatchpath solidcolor
  clipPath mask marker image style filter
  feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
  feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
  feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight
  feSpecularLighting feSpotLight feTile feTurbulence
  animate animateMotion animateTransform set mpath`.split(/\s+/),
);

/** Attributes in no namespace that only describe the drawing. Event handlers are not among them. */
const ATTRIBUTES = new Set(
  `id class style lang tabindex role focusable transform viewBox preserveAspectRatio version
  baseProfile width height x y x1 y1 x2 y2 cx cy r rx ry fx fy fr d points pathLength offset
  gradientUnits gradientTransform spreadMethod patternUnits patternContentUnits patternTransform
  clipPathUnits maskUnits maskContentUnits markerUnits markerWidth markerHeight refX refY orient
  filterUnits primitiveUnits in in2 result stdDeviation dx dy rotate textLength lengthAdjust
  startOffset method spacing side mode type values tableValues slope intercept amplitude exponent
  operator k1 k2 k3 k4 radius scale xChannelSelector yChannelSelector baseFrequency numOctaves seed
  stitchTiles surfaceScale specularConstant specularExponent diffuseConstant kernelMatrix
  kernelUnitLength order divisor bias targetX targetY edgeMode preserveAlpha azimuth elevation z
  pointsAtX pointsAtY pointsAtZ limitingConeAngle href target systemLanguage requiredFeatures
  requiredExtensions externalResourcesRequired enable-background zoomAndPan contentScriptType
  contentStyleType media title attributeName attributeType begin dur end min max restart
  repeatCount repeatDur calcMode keyTimes keySplines keyPoints from to by additive accumulate path
  alignment-baseline baseline-shift clip clip-path clip-rule color color-interpolation
  color-interpolation-filters color-profile color-rendering cursor direction display
  dominant-baseline fill fill-opacity fill-rule filter flood-color flood-opacity font font-family
  font-size font-size-adjust font-stretch font-style font-variant font-weight
  glyph-orientation-horizontal glyph-orientation-vertical image-rendering kerning letter-spacing
  lighting-color marker marker-end marker-mid marker-start mask mask-type opacity overflow
  paint-order pointer-events shape-rendering stop-color stop-opacity stroke stroke-dasharray
  stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity stroke-width
  text-anchor text-decoration text-rendering transform-origin transform-box unicode-bidi
  vector-effect visibility word-spacing writing-mode mix-blend-mode isolation white-space
  font-feature-settings inline-size shape-inside shape-padding shape-margin solid-color
  solid-opacity`.split(/\s+/),
);
const XLINK_ATTRIBUTES = new Set(['href', 'title', 'type', 'show', 'actuate', 'role', 'arcrole']);
const XML_ATTRIBUTES = new Set(['space', 'lang']);
// Only an embedded raster image may be a data: URL (Inkscape embeds images so).
const IMAGE_DATA = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
// The one DOCTYPE drawing programs write (Illustrator): public, no internal subset, never fetched.
const SVG_DOCTYPE =
  /^\s*svg\s+PUBLIC\s+"-\/\/W3C\/\/DTD SVG 1\.[01](?: Basic| Tiny)?\/\/EN"\s+"http:\/\/www\.w3\.org\/(?:TR\/2001\/REC-SVG-20010904\/DTD\/svg10\.dtd|Graphics\/SVG\/1\.1\/DTD\/svg11(?:-basic|-tiny)?\.dtd)"\s*$/;

/** Thrown inside the parser's handlers to stop at the first problem. */
class Stop extends Error {
  readonly problem: SvgProblem;
  constructor(problem: SvgProblem) {
    super(problem.what);
    this.problem = problem;
  }
}

/**
 * Parses an SVG file as namespace-aware XML (saxes, strict) and returns the
 * first thing that is not on the allow-list, or undefined when every
 * element and attribute only draws and every reference stays inside the
 * file (`#id`, `url(#id)`). Entities other than XML's five and character
 * references are undefined, so `&#106;avascript:` arrives decoded and is
 * judged as `javascript:`. Applies to body images and vedlegg alike: the
 * copied file can be opened on its own under the site's address.
 */
export function svgProblem(text: string): SvgProblem | undefined {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stop = (what: string): never => {
    throw new Stop({ kind: 'unsafe', what, line: parser.line });
  };
  let root = true;
  let inStyle = false;
  let style = '';
  let metadataDepth = 0;
  parser.on('doctype', (doctype) => {
    if (!SVG_DOCTYPE.test(doctype)) stop('<!DOCTYPE>');
  });
  parser.on('processinginstruction', (pi) => stop(`<?${pi.target}?>`));
  parser.on('opentag', (tag) => {
    if (root && (tag.uri !== SVG || tag.local !== 'svg')) stop(`<${tag.name}>`);
    root = false;
    if (metadataDepth > 0 || (tag.uri === SVG && tag.local === 'metadata')) {
      if (metadataDepth > 0 && !METADATA.has(tag.uri)) stop(`<${tag.name}>`);
      metadataDepth++;
    } else if (EDITOR.has(tag.uri)) {
      // sodipodi:namedview and inkscape:* elements: editor settings, never rendered.
    } else if (tag.uri !== SVG || !ELEMENTS.has(tag.local)) stop(`<${tag.name}>`);
    for (const attr of Object.values(tag.attributes)) checkAttribute(tag, attr, stop);
    if (tag.uri === SVG && tag.local === 'style') inStyle = true;
  });
  const onText = (chunk: string): void => {
    if (inStyle) style += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    if (metadataDepth > 0) metadataDepth--;
    if (tag.uri === SVG && tag.local === 'style') {
      const bad = unsafeCss(style);
      if (bad) stop(`<style>: ${bad}`);
      inStyle = false;
      style = '';
    }
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    if (error instanceof Stop) return error.problem;
    const message = error instanceof Error ? error.message : String(error);
    // saxes: "1:94: undefined entity." — keep the reason, the line is separate.
    const reason = message.replace(/^(?:[^:]*:)?\d+:\d+:\s*/, '').replace(/\.$/, '');
    return { kind: 'malformed', what: reason, line: parser.line };
  }
  if (root) return { kind: 'malformed', what: 'no <svg> element', line: 1 };
  return undefined;
}

function checkAttribute(
  tag: SaxesTagNS,
  attr: SaxesAttributeNS,
  stop: (what: string) => never,
): void {
  const { uri, local, name, value } = attr;
  if (uri === XMLNS) return; // A namespace declaration: what is declared is judged where it is used.
  if (/^on/i.test(local)) stop(name);
  if (uri === '' && !ATTRIBUTES.has(local) && !/^(?:data|aria)-[\w.-]+$/.test(local)) stop(name);
  if (uri === XLINK && !XLINK_ATTRIBUTES.has(local)) stop(name);
  if (uri === XML && !XML_ATTRIBUTES.has(local)) stop(name);
  if (uri !== '' && uri !== XLINK && uri !== XML && !EDITOR.has(uri) && !METADATA.has(uri))
    stop(name);
  if (METADATA.has(uri) || EDITOR.has(uri)) return; // Inert: browsers do not read them.
  if (local === 'href' && (uri === '' || uri === XLINK)) {
    const target = value.trim();
    const isImage = tag.uri === SVG && (tag.local === 'image' || tag.local === 'feImage');
    if (!target.startsWith('#') && !(isImage && IMAGE_DATA.test(target)))
      stop(`${name}="${short(target)}"`);
  }
  if (uri === '' && local === 'style') {
    const bad = unsafeCss(value);
    if (bad) stop(`style="${bad}"`);
  }
  if (
    uri === '' &&
    local === 'attributeName' &&
    /^(?:.*:)?href$|^on|^(?:.*:)?style$/i.test(value.trim())
  )
    stop(`<${tag.local} attributeName="${value.trim()}">`);
  // Any other value: a presentation attribute (`fill="url(…)"`), an animation's `to`/`values`.
  // XML forbids control characters in values, so only white space can split a word.
  const squeezed = value.replace(/\s+/g, '');
  if (/javascript:|vbscript:/i.test(squeezed)) stop(`${name}="…javascript:…"`);
  if (local !== 'href' && local !== 'style' && /url\(/i.test(squeezed) && unsafeCss(value))
    stop(`${name}="${short(value)}"`);
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
