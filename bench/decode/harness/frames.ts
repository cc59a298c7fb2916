// Frames for the harness: corpus images drawn at a rotation, and synthetic camera-like frames
// (noisy grey, optionally with a bwip-js barcode in the middle).

import bwipjs from 'bwip-js/browser';
import type { FrameSpec } from '../harness-api.ts';

function context(width: number, height: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2d context');
  ctx.imageSmoothingEnabled = false;
  return ctx;
}

export async function loadImage(url: string): Promise<ImageBitmap> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // Raw pixel values, as ZXing's own tests read them (no colour management, no EXIF turn).
  return createImageBitmap(await response.blob(), {
    colorSpaceConversion: 'none',
    imageOrientation: 'none',
  });
}

// Clockwise turns as integer-aligned transforms, so pixels are moved, never resampled.
const TURNS: Record<
  number,
  (w: number, h: number) => [number, number, number, number, number, number]
> = {
  0: () => [1, 0, 0, 1, 0, 0],
  90: (_w, h) => [0, 1, -1, 0, h, 0],
  180: (w, h) => [-1, 0, 0, -1, w, h],
  270: (w) => [0, -1, 1, 0, 0, w],
};

export function rotatedFrame(image: ImageBitmap, rotation: number): ImageData {
  const turn = TURNS[rotation];
  if (!turn) throw new Error(`unsupported rotation ${rotation}`);
  const { width: w, height: h } = image;
  const [cw, ch] = rotation % 180 === 0 ? [w, h] : [h, w];
  const ctx = context(cw, ch);
  // Transparent pixels (a few corpus PNGs have them) read as the white page they sit on, as in
  // ZXing Java's BufferedImageLuminanceSource; an empty canvas would make them black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, cw, ch);
  ctx.setTransform(...turn(w, h));
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, cw, ch);
}

/** A small deterministic PRNG (mulberry32), so every run sees the same noise. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticFrame(spec: FrameSpec): ImageData {
  const ctx = context(spec.width, spec.height);
  ctx.fillStyle = 'rgb(128,128,128)';
  ctx.fillRect(0, 0, spec.width, spec.height);
  if (spec.code) {
    const canvas = document.createElement('canvas');
    const { bcid, text, scale, height } = spec.code;
    bwipjs.toCanvas(canvas, {
      bcid,
      text,
      scale,
      ...(height ? { height } : {}),
      padding: 10,
      backgroundcolor: 'FFFFFF',
    });
    const x = Math.round((spec.width - canvas.width) / 2);
    const y = Math.round((spec.height - canvas.height) / 2);
    ctx.drawImage(canvas, x, y);
  }
  const frame = ctx.getImageData(0, 0, spec.width, spec.height);
  const next = random(spec.seed);
  const amplitude = spec.noise ?? 48;
  const { data } = frame;
  for (let p = 0; p < data.length; p += 4) {
    const noise = (next() - 0.5) * amplitude;
    for (let c = 0; c < 3; c++) data[p + c] = data[p + c]! + noise;
  }
  return spec.roi ? crop(frame, spec.roi) : frame;
}

function crop(frame: ImageData, roi: { width: number; height: number }): ImageData {
  const width = Math.round(frame.width * roi.width);
  const height = Math.round(frame.height * roi.height);
  const ctx = context(frame.width, frame.height);
  ctx.putImageData(frame, 0, 0);
  return ctx.getImageData(
    Math.round((frame.width - width) / 2),
    Math.round((frame.height - height) / 2),
    width,
    height,
  );
}

/** A frame-sized canvas standing in for the <video> the camera screen will draw from. */
export function frameSource(width: number, height: number): HTMLCanvasElement {
  const ctx = context(width, height);
  ctx.putImageData(syntheticFrame({ width, height, seed: 7 }), 0, 0);
  return ctx.canvas;
}

export function grabFrame(source: HTMLCanvasElement, into: CanvasRenderingContext2D): ImageData {
  into.drawImage(source, 0, 0);
  return into.getImageData(0, 0, source.width, source.height);
}

export { context as frameContext };
