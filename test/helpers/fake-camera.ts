// A fake camera for Chromium: a barcode rendered with bwip-js, placed on a grey "shelf" frame and
// written as a Y4M video that Chromium plays as its camera
// (--use-file-for-fake-video-capture). Y4M is a header plus raw YUV 4:2:0 frames; grey only.
import { writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import bwipjs from 'bwip-js/node';

export interface BarcodeSpec {
  /** bwip-js symbology: ean13, itf14, gs1-128, gs1datamatrix, qrcode, upce... */
  bcid: string;
  text: string;
  scale?: number;
  height?: number;
}

export const FAKE_VIDEO = { width: 1280, height: 720 } as const;

interface Grey {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Decodes bwip-js's PNG (8-bit grey, RGB or RGBA, no interlace) to grey pixels. */
export function decodePng(png: Buffer): Grey {
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = 0;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNG');
      colorType = data[9]!;
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
  }
  const bpp = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType];
  if (!bpp) throw new Error(`PNG colour type ${colorType} not supported`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = out.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? out.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? row[x - bpp]! : 0;
      const b = up[x]!;
      const c = x >= bpp ? up[x - bpp]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter
      ]!;
      row[x] = (src[x]! + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const o = i * bpp;
    // Transparent pixels are the white label.
    const alpha = bpp === 4 ? out[o + 3]! : bpp === 2 ? out[o + 1]! : 255;
    const grey =
      bpp >= 3 ? (out[o]! * 299 + out[o + 1]! * 587 + out[o + 2]! * 114) / 1000 : out[o]!;
    pixels[i] = Math.round((grey * alpha + 255 * (255 - alpha)) / 255);
  }
  return { width, height, pixels };
}

export async function renderBarcode(spec: BarcodeSpec): Promise<Grey> {
  const png = await bwipjs.toBuffer({
    bcid: spec.bcid,
    text: spec.text,
    scale: spec.scale ?? 3,
    ...(spec.height ? { height: spec.height } : {}),
    padding: 12,
    backgroundcolor: 'FFFFFF',
  });
  return decodePng(png);
}

/** One grey frame with the barcode in the middle (inside the viewfinder's region of interest). */
export function frameWith(code: Grey | null, size = FAKE_VIDEO): Uint8Array {
  const frame = new Uint8Array(size.width * size.height).fill(150);
  if (!code) return frame;
  const x0 = Math.round((size.width - code.width) / 2);
  const y0 = Math.round((size.height - code.height) / 2);
  for (let y = 0; y < code.height; y++) {
    const ty = y0 + y;
    if (ty < 0 || ty >= size.height) continue;
    for (let x = 0; x < code.width; x++) {
      const tx = x0 + x;
      if (tx >= 0 && tx < size.width)
        frame[ty * size.width + tx] = code.pixels[y * code.width + x]!;
    }
  }
  return frame;
}

/** Writes `frames` (grey, FAKE_VIDEO sized) as a Y4M file Chromium loops as its camera. */
export function writeY4m(path: string, frames: Uint8Array[], size = FAKE_VIDEO, fps = 10): void {
  const chroma = Buffer.alloc((size.width / 2) * (size.height / 2) * 2, 128);
  const parts: Buffer[] = [
    Buffer.from(`YUV4MPEG2 W${size.width} H${size.height} F${fps}:1 Ip A1:1 C420jpeg\n`),
  ];
  for (const f of frames) parts.push(Buffer.from('FRAME\n'), Buffer.from(f), chroma);
  writeFileSync(path, Buffer.concat(parts));
}

/** A camera video of one barcode (a few blank frames first, as when the phone is raised). */
export async function writeBarcodeVideo(path: string, spec: BarcodeSpec | null): Promise<void> {
  const code = spec ? await renderBarcode(spec) : null;
  writeY4m(path, [frameWith(null), frameWith(code), frameWith(code), frameWith(code)]);
}

/** Chromium flags that make `videoPath` the camera and allow it without a prompt. */
export const fakeCameraArgs = (videoPath: string): string[] => [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  `--use-file-for-fake-video-capture=${videoPath}`,
];
