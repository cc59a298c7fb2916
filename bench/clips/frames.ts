// Synthetic 1-second clips from a still image: 30 frames of the camera's box (1024×500 at
// 1280×720) with small jitter, blur and exposure changes from a fixed seed, as a hand-held phone
// sees a label. Grey pixels in, RGBA ImageData-like frames out.

export interface Grey {
  width: number;
  height: number;
  data: Uint8Array;
}
export interface Frame {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export const BOX = { width: 1024, height: 500 } as const;
export const FRAMES_PER_CLIP = 30;

/** mulberry32: small, fast, and the same clips on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function toGrey(p: { width: number; height: number; data: Uint8Array }): Grey {
  const out = new Uint8Array(p.width * p.height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = (p.data[j]! + 2 * p.data[j + 1]! + p.data[j + 2]!) >> 2;
  }
  return { width: p.width, height: p.height, data: out };
}

/** The image scaled to fit the box (at most 3× up), bilinear, on mid-grey. */
export function fitToBox(img: Grey): Grey {
  const scale = Math.min(3, (BOX.width - 24) / img.width, (BOX.height - 20) / img.height);
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const out = new Uint8Array(BOX.width * BOX.height).fill(128);
  const x0 = (BOX.width - w) >> 1;
  const y0 = (BOX.height - h) >> 1;
  for (let y = 0; y < h; y++) {
    const sy = Math.min(img.height - 1, (y + 0.5) / scale - 0.5);
    const y1 = Math.max(0, Math.floor(sy));
    const y2 = Math.min(img.height - 1, y1 + 1);
    const fy = Math.max(0, sy - y1);
    for (let x = 0; x < w; x++) {
      const sx = Math.min(img.width - 1, (x + 0.5) / scale - 0.5);
      const x1 = Math.max(0, Math.floor(sx));
      const x2 = Math.min(img.width - 1, x1 + 1);
      const fx = Math.max(0, sx - x1);
      const at = (xx: number, yy: number) => img.data[yy * img.width + xx]!;
      const top = at(x1, y1) * (1 - fx) + at(x2, y1) * fx;
      const bottom = at(x1, y2) * (1 - fx) + at(x2, y2) * fx;
      out[(y + y0) * BOX.width + x + x0] = top * (1 - fy) + bottom * fy;
    }
  }
  return { width: BOX.width, height: BOX.height, data: out };
}

/** Frame `i` of the clip: shifted up to ±3 px, gain 0.8–1.2, a 3-tap blur one frame in three. */
export function clipFrame(base: Grey, random: () => number): Frame {
  const dx = Math.round(random() * 6 - 3);
  const dy = Math.round(random() * 6 - 3);
  const gain = 0.8 + random() * 0.4;
  const blur = random() < 0.33;
  const { width: w, height: h } = base;
  const data = new Uint8ClampedArray(w * h * 4);
  const px = (x: number, y: number) =>
    base.data[Math.min(h - 1, Math.max(0, y)) * w + Math.min(w - 1, Math.max(0, x))]!;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const sx = x - dx;
      const sy = y - dy;
      const v = blur ? (px(sx - 1, sy) + 2 * px(sx, sy) + px(sx + 1, sy)) / 4 : px(sx, sy);
      const o = (y * w + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = (v - 128) * gain + 128 + (gain - 1) * 60;
      data[o + 3] = 255;
    }
  }
  return { width: w, height: h, data };
}
