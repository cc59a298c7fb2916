// Per-format totals and the verdict for one engine variant: does it reach the required pass count
// in every set and rotation that has one?

import type { BarcodeFormat } from '../../src/scan/engines/engine.ts';
import type { VariantRates } from './rates.ts';

export interface Totals {
  attempts: number;
  pass: number;
  misread: number;
  /** Over the set-rotations that have a required count only. */
  requiredAttempts: number;
  required: number;
  requiredPass: number;
}

export interface VariantSummary {
  variant: string;
  formats: Partial<Record<BarcodeFormat, Totals>>;
  all: Totals;
  checks: number;
  met: number;
  meetsAll: boolean;
  /** "set@rotation pass/required" for every shortfall. */
  shortfalls: string[];
}

const zero = (): Totals => ({
  attempts: 0,
  pass: 0,
  misread: 0,
  requiredAttempts: 0,
  required: 0,
  requiredPass: 0,
});

export function summarize(rates: VariantRates): VariantSummary {
  const formats: Partial<Record<BarcodeFormat, Totals>> = {};
  const all = zero();
  const shortfalls: string[] = [];
  let checks = 0;
  for (const set of rates.sets) {
    const totals = (formats[set.format] ??= zero());
    for (const slot of set.rotations) {
      for (const t of [totals, all]) {
        t.attempts += slot.images;
        t.pass += slot.pass;
        t.misread += slot.misread;
        if (slot.required === undefined) continue;
        t.requiredAttempts += slot.images;
        t.required += slot.required;
        t.requiredPass += slot.pass;
      }
      if (slot.required === undefined) continue;
      checks++;
      if (!slot.meets) shortfalls.push(`${set.id}@${slot.rotation} ${slot.pass}/${slot.required}`);
    }
  }
  return {
    variant: rates.variant,
    formats,
    all,
    checks,
    met: checks - shortfalls.length,
    meetsAll: shortfalls.length === 0,
    shortfalls,
  };
}
