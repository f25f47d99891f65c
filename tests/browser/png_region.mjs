// A small PNG decoder (node:zlib only) and pixel-region helpers for the browser test.
// Decodes 8-bit, non-interlaced greyscale, grey+alpha, RGB and RGBA images (what Chromium's
// screenshots are) into packed RGB; alpha is dropped (screenshots of the page are opaque).
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function decodePng(buffer) {
  const buf = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  if (buf.length < 8 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0, height = 0, bitDepth = 0, colourType = -1, interlace = 0;
  const idat = [];
  while (offset + 8 <= buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    offset += 12 + length;
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      bitDepth = data[8];
      colourType = data[9];
      interlace = data[12];
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
  }
  if (bitDepth !== 8) throw new Error(`unsupported PNG bit depth ${bitDepth}`);
  if (interlace !== 0) throw new Error('interlaced PNGs are not supported');
  const channelsOf = { 0: 1, 2: 3, 4: 2, 6: 4 };
  const channels = channelsOf[colourType];
  if (!channels) throw new Error(`unsupported PNG colour type ${colourType}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG data too short');
  const pixels = Buffer.alloc(height * stride);
  const bpp = channels;
  for (let y = 0; y < height; ++y) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let i = 0; i < stride; ++i) {
      const x = raw[src + i];
      const a = i >= bpp ? pixels[row + i - bpp] : 0;
      const b = y > 0 ? pixels[prev + i] : 0;
      const c = i >= bpp && y > 0 ? pixels[prev + i - bpp] : 0;
      let v;
      switch (filter) {
        case 0: v = x; break;
        case 1: v = x + a; break;
        case 2: v = x + b; break;
        case 3: v = x + ((a + b) >> 1); break;
        case 4: {
          const p = a + b - c;
          const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
          v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default: throw new Error(`bad PNG filter ${filter} on row ${y}`);
      }
      pixels[row + i] = v & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let p = 0; p < width * height; ++p) {
    const s = p * channels;
    if (channels >= 3) {
      rgb[p * 3] = pixels[s];
      rgb[p * 3 + 1] = pixels[s + 1];
      rgb[p * 3 + 2] = pixels[s + 2];
    } else {
      rgb[p * 3] = rgb[p * 3 + 1] = rgb[p * 3 + 2] = pixels[s];
    }
  }
  return { width, height, data: rgb };
}

// The pixels of [x, x+w) x [y, y+h), clamped to the image, as packed RGB.
export function crop(image, x, y, w, h) {
  const x0 = Math.max(0, Math.floor(x)), y0 = Math.max(0, Math.floor(y));
  const x1 = Math.min(image.width, Math.floor(x + w)), y1 = Math.min(image.height, Math.floor(y + h));
  const width = Math.max(0, x1 - x0), height = Math.max(0, y1 - y0);
  const data = new Uint8Array(width * height * 3);
  for (let row = 0; row < height; ++row) {
    const from = ((y0 + row) * image.width + x0) * 3;
    data.set(image.data.subarray(from, from + width * 3), row * width * 3);
  }
  return { width, height, x: x0, y: y0, data };
}

export function pixelAt(image, x, y) {
  const i = (y * image.width + x) * 3;
  return [image.data[i], image.data[i + 1], image.data[i + 2]];
}

// Largest per-channel difference between two RGB triples.
export function channelDistance(p, q) {
  return Math.max(Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]), Math.abs(p[2] - q[2]));
}

// How many pixels of two equally sized images differ at all.
export function countDifferences(a, b) {
  if (a.width !== b.width || a.height !== b.height) return Infinity;
  let n = 0;
  for (let i = 0; i < a.data.length; i += 3)
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) ++n;
  return n;
}

// Pixels exactly equal to rgb in a region: the count, the fraction, and the longest run of whole
// rows that are entirely that colour (a "solid block" as wide as the region).
export function exactColourStats(region, rgb) {
  let exact = 0, run = 0, longestRun = 0;
  for (let y = 0; y < region.height; ++y) {
    let rowExact = 0;
    for (let x = 0; x < region.width; ++x) {
      const i = (y * region.width + x) * 3;
      if (region.data[i] === rgb[0] && region.data[i + 1] === rgb[1] && region.data[i + 2] === rgb[2]) ++rowExact;
    }
    exact += rowExact;
    run = rowExact === region.width && region.width > 0 ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  const total = region.width * region.height;
  return { exact, total, fraction: total ? exact / total : 0, longestSolidRows: longestRun };
}

// The most common colour in a region, as [r, g, b] with its count.
export function dominantColour(region) {
  const counts = new Map();
  for (let i = 0; i < region.data.length; i += 3) {
    const key = (region.data[i] << 16) | (region.data[i + 1] << 8) | region.data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  let best = 0, bestCount = -1;
  for (const [key, count] of counts) if (count > bestCount) { best = key; bestCount = count; }
  return { rgb: [(best >> 16) & 255, (best >> 8) & 255, best & 255], count: bestCount };
}

// Classifies the pixels of a text region drawn on background `bg` with text expected in `shade`
// ([255,255,255] or [0,0,0]). Text-like pixels differ clearly from the background: by at least
// half of the background-to-shade distance (so faint anti-aliasing is left out), capped at 48 and at
// least 8. Among them, "near" the shade means within 64 of it in every channel, "near the other"
// means within 64 of the opposite shade.
export function textShadeStats(region, bg, shade) {
  const other = shade[0] === 255 ? [0, 0, 0] : [255, 255, 255];
  const threshold = Math.max(8, Math.min(48, Math.floor(channelDistance(bg, shade) / 2)));
  let textLike = 0, nearShade = 0, nearOther = 0, sumR = 0, sumG = 0, sumB = 0;
  for (let i = 0; i < region.data.length; i += 3) {
    const p = [region.data[i], region.data[i + 1], region.data[i + 2]];
    if (channelDistance(p, bg) < threshold) continue;
    ++textLike;
    sumR += p[0]; sumG += p[1]; sumB += p[2];
    if (channelDistance(p, shade) <= 64) ++nearShade;
    else if (channelDistance(p, other) <= 64) ++nearOther;
  }
  const mean = textLike ? [sumR / textLike, sumG / textLike, sumB / textLike].map(v => Math.round(v)) : null;
  return { threshold, textLike, nearShade, nearOther, total: region.width * region.height, mean };
}
