// Regenerates src/core/barcode/gs1-ai-table.ts from the shared GS1 Barcode Syntax Dictionary.
// Usage: npx tsx scripts/gen-gs1-table.ts [path/to/gs1-syntax-dictionary.txt]
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderAiTable } from './gs1-dictionary.ts';

export const DEFAULT_DICTIONARY = fileURLToPath(
  new URL('../../shared/gs1/gs1-syntax-dictionary.txt', import.meta.url),
);
export const AI_TABLE_PATH = fileURLToPath(
  new URL('../src/core/barcode/gs1-ai-table.ts', import.meta.url),
);

const input = process.argv[2] ?? DEFAULT_DICTIONARY;
const text = await readFile(input, 'utf8');
await writeFile(AI_TABLE_PATH, await renderAiTable(text, AI_TABLE_PATH));
process.stdout.write(`wrote ${AI_TABLE_PATH} from ${input}\n`);
