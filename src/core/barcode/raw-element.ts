// What the three GS1 syntaxes (element string, bracketed, Digital Link) parse into before
// validation: AI definitions with their raw data, in barcode order.
import type { AiDefinition } from './ai-types.ts';
import type { BarcodeIssue, BarcodeProblem } from './errors.ts';

export interface RawElement {
  readonly def: AiDefinition;
  readonly raw: string;
}

export type SyntaxOutcome =
  | { readonly elements: readonly RawElement[]; readonly warnings: readonly BarcodeIssue[] }
  /** `parsed`: elements read before the syntax error, so an earlier bad value can be named first. */
  | { readonly error: BarcodeProblem; readonly parsed?: readonly RawElement[] };

/** ASCII GS (group separator): FNC1 as transmitted by scanners. */
export const GS = '\x1D';
