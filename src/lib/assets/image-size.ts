/** Pixel size of an image, as written into `width`/`height` to avoid layout shift. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Reads the intrinsic size from an image's header (PNG, GIF, JPEG, WebP,
 * SVG). Returns undefined when the header is not understood: the size is an
 * optimisation, never a reason to fail.
 */
export function imageSize(bytes: Uint8Array, ext: string): ImageSize | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    switch (ext) {
      case 'png':
        return buf.toString('latin1', 12, 16) === 'IHDR'
          ? valid(buf.readUInt32BE(16), buf.readUInt32BE(20))
          : undefined;
      case 'gif':
        return buf.toString('latin1', 0, 3) === 'GIF'
          ? valid(buf.readUInt16LE(6), buf.readUInt16LE(8))
          : undefined;
      case 'jpg':
      case 'jpeg':
        return jpegSize(buf);
      case 'webp':
        return webpSize(buf);
      case 'svg':
        return svgSize(buf.toString('utf8'));
      default:
        return undefined;
    }
  } catch {
    return undefined; // Truncated header: reading past the end threw.
  }
}

function valid(width: number, height: number): ImageSize | undefined {
  return width > 0 && height > 0 ? { width, height } : undefined;
}

// Walks the JPEG segments to the first start-of-frame marker (SOF0–SOF15,
// except DHT/JPG/DAC), which holds height then width.
function jpegSize(buf: Buffer): ImageSize | undefined {
  if (buf[0] !== 0xff || buf[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 9 < buf.length) {
    if (buf[offset] !== 0xff) return undefined;
    const marker = buf[offset + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return valid(buf.readUInt16BE(offset + 7), buf.readUInt16BE(offset + 5));
    }
    offset += 2 + buf.readUInt16BE(offset + 2);
  }
  return undefined;
}

// https://developers.google.com/speed/webp/docs/riff_container
function webpSize(buf: Buffer): ImageSize | undefined {
  if (buf.toString('latin1', 0, 4) !== 'RIFF' || buf.toString('latin1', 8, 12) !== 'WEBP')
    return undefined;
  const chunk = buf.toString('latin1', 12, 16);
  if (chunk === 'VP8 ') return valid(buf.readUInt16LE(26) & 0x3fff, buf.readUInt16LE(28) & 0x3fff);
  if (chunk === 'VP8L') {
    const bits = buf.readUInt32LE(21);
    return valid((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') return valid(buf.readUIntLE(24, 3) + 1, buf.readUIntLE(27, 3) + 1);
  return undefined;
}

// Unitless or px width/height on the root element, else the viewBox.
function svgSize(text: string): ImageSize | undefined {
  const root = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!root) return undefined;
  const attr = (name: string): string | undefined =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1]?.trim();
  const px = (value: string | undefined): number | undefined => {
    const match = value === undefined ? null : /^(\d+(?:\.\d+)?)(?:px)?$/.exec(value);
    return match ? Math.round(Number(match[1])) : undefined;
  };
  const width = px(attr('width'));
  const height = px(attr('height'));
  if (width !== undefined && height !== undefined) return valid(width, height);
  const box = attr('viewBox')
    ?.split(/[\s,]+/)
    .map(Number);
  if (box?.length === 4 && box.every(Number.isFinite))
    return valid(Math.round(box[2] ?? 0), Math.round(box[3] ?? 0));
  return undefined;
}
