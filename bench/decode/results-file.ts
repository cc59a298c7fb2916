// Writes bench/results/decode.json. A run that skipped a phase (--no-rates, --no-times) keeps that
// section from the existing file, with the time it was measured: the corpus rates are slow and
// stable, the frame times quick and sensitive to whatever else the machine is running.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

async function existing(path: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function writeResults(
  path: string,
  result: Record<string, unknown> & { decodeRates?: unknown; frameTimes?: unknown },
): Promise<Record<string, unknown>> {
  const previous = await existing(path);
  const merged = {
    ...result,
    decodeRates: result.decodeRates ?? previous['decodeRates'] ?? null,
    frameTimes: result.frameTimes ?? previous['frameTimes'] ?? null,
  };
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(merged, null, 1)}\n`);
  return merged;
}
