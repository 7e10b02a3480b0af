// Draws the app icons (a delivery van on the brand green) as PNG files, with no image library:
// shapes are sampled 4×4 per pixel for smooth edges, then written with zlib as RGBA PNGs.
// Run `npm run icons -w apps/web` after changing a colour or a shape; the PNGs are committed.
import { writeFileSync, mkdirSync } from "node:fs";
import { Buffer } from "node:buffer";
import { URL } from "node:url";
import { deflateSync } from "node:zlib";

const GREEN = [31, 92, 74];
const WHITE = [255, 255, 255];
const outDir = new URL("../public/icons/", import.meta.url);

/** Shapes in a 0..1 square, painted in order; later shapes cover earlier ones. */
function vanShapes() {
  const rect = (x0, y0, x1, y1, r) => (x, y) => {
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
  };
  const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  return [
    [rect(0.1, 0.3, 0.62, 0.68, 0.04), WHITE],
    [rect(0.6, 0.42, 0.9, 0.68, 0.05), WHITE],
    [rect(0.66, 0.46, 0.82, 0.55, 0.02), GREEN],
    [disc(0.3, 0.7, 0.1), GREEN],
    [disc(0.3, 0.7, 0.065), WHITE],
    [disc(0.74, 0.7, 0.1), GREEN],
    [disc(0.74, 0.7, 0.065), WHITE],
  ];
}

/** `scale` shrinks the drawing around the centre (maskable icons keep it inside the safe zone). */
function draw(size, { scale = 1, rounded = false } = {}) {
  const shapes = vanShapes();
  const px = Buffer.alloc(size * size * 4);
  const background = rect01(rounded ? 0.18 : 0);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const u = (i + (si + 0.5) / n) / size;
          const v = (j + (sj + 0.5) / n) / size;
          if (!background(u, v)) continue;
          const x = (u - 0.5) / scale + 0.5;
          const y = (v - 0.5) / scale + 0.5;
          let colour = GREEN;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 255;
        }
      }
      const k = n * n, o = (j * size + i) * 4;
      const cover = a / 255 || 1;
      px[o] = r / cover; px[o + 1] = g / cover; px[o + 2] = b / cover; px[o + 3] = a / k;
    }
  }
  return png(size, px);
}

function rect01(radius) {
  return (x, y) => {
    const dx = Math.max(radius - x, 0, x - (1 - radius));
    const dy = Math.max(radius - y, 0, y - (1 - radius));
    return dx * dx + dy * dy <= radius * radius;
  };
}

function png(size, rgba) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

mkdirSync(outDir, { recursive: true });
writeFileSync(new URL("icon-192.png", outDir), draw(192, { rounded: true }));
writeFileSync(new URL("icon-512.png", outDir), draw(512, { rounded: true }));
writeFileSync(new URL("maskable-512.png", outDir), draw(512, { scale: 0.7 }));
writeFileSync(new URL("apple-touch-icon-180.png", outDir), draw(180));
