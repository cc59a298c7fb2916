// Reads the shared barcode corpus in place: its sets and required pass counts from manifest.json,
// and each image's expected text (N.txt as UTF-8, N.bin as ISO-8859-1). Images without an
// expected file are skipped, as corpus/README.md says.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BarcodeFormat } from '../../src/scan/engines/engine.ts';

export interface Requirement {
  rotation: number;
  /** Passes required without / with try-harder. */
  fast: number;
  tryHarder: number;
}

export interface CorpusImage {
  name: string;
  /** Path under the corpus root, URL-encoded for /corpus/. */
  urlPath: string;
  expected: string;
}

export interface CorpusSet {
  id: string;
  format: BarcodeFormat;
  source: 'zxing-java' | 'zxing-cpp' | 'quagga2';
  /** The Java test class or "zxing-cpp"; undefined when the set has no required counts. */
  requiredBy?: string;
  requirements: Requirement[];
  images: CorpusImage[];
  skipped: number;
}

interface ManifestSet {
  format: BarcodeFormat;
  source: CorpusSet['source'];
  java_test?: string;
  java_thresholds?: { mustPass: number; tryHarder: number; rotation: number }[];
  zxing_cpp_thresholds?: [number | null, unknown];
}

const IMAGE = /\.(png|jpe?g|webp|gif)$/i;

// zxing-cpp: [count, [[fast, slow, rotation] | ['pure', n], ...]] or [null, 'see runner'].
function cppRequirements(thresholds: ManifestSet['zxing_cpp_thresholds']): Requirement[] {
  const list = Array.isArray(thresholds?.[1]) ? (thresholds[1] as unknown[]) : [];
  return list
    .filter((t): t is [number, number, number] => Array.isArray(t) && t.length === 3)
    .map(([fast, tryHarder, rotation]) => ({ rotation, fast, tryHarder }));
}

function requirements(set: ManifestSet): { requiredBy?: string; requirements: Requirement[] } {
  if (set.java_thresholds) {
    const requirements = set.java_thresholds.map((t) => ({
      rotation: t.rotation,
      fast: t.mustPass,
      tryHarder: t.tryHarder,
    }));
    return { requiredBy: set.java_test, requirements };
  }
  const cpp = cppRequirements(set.zxing_cpp_thresholds);
  return cpp.length > 0 ? { requiredBy: 'zxing-cpp', requirements: cpp } : { requirements: [] };
}

async function readExpected(dir: string, stem: string, files: Set<string>) {
  if (files.has(`${stem}.txt`)) return readFile(join(dir, `${stem}.txt`), 'utf8');
  if (files.has(`${stem}.bin`)) return readFile(join(dir, `${stem}.bin`), 'latin1');
  return undefined;
}

/**
 * The expected text of one image: `name.txt` for the part before the extension, else (ZXing
 * Java's rule) for the part before the first dot.
 */
async function expectedFor(dir: string, file: string, files: Set<string>) {
  const stem = file.slice(0, file.lastIndexOf('.'));
  // Compared exactly, trailing newlines included, as both ZXing test runners do.
  return (
    (await readExpected(dir, stem, files)) ??
    (await readExpected(dir, file.slice(0, file.indexOf('.')), files))
  );
}

export async function loadCorpus(root: string, only?: (id: string) => boolean) {
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')) as {
    sets: Record<string, ManifestSet>;
  };
  const sets: CorpusSet[] = [];
  for (const [id, entry] of Object.entries(manifest.sets)) {
    if (only && !only(id)) continue;
    const dir = join(root, id);
    const files = new Set(await readdir(dir));
    const images: CorpusImage[] = [];
    let skipped = 0;
    for (const file of [...files].filter((f) => IMAGE.test(f)).sort()) {
      const expected = await expectedFor(dir, file, files);
      if (expected === undefined) skipped++;
      else images.push({ name: file, urlPath: `${id}/${encodeURIComponent(file)}`, expected });
    }
    sets.push({
      id,
      format: entry.format,
      source: entry.source,
      ...requirements(entry),
      images,
      skipped,
    });
  }
  return sets;
}
