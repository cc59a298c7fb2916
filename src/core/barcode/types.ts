// The public result types of barcode interpretation: one discriminated union, never a throw.
import type { BarcodeIssue, BarcodeProblem } from './errors.ts';

export interface InterpretOptions {
  /** The current time: date AIs resolve their century against it (core never reads a clock). */
  readonly now: Date;
  /** A character the site's scanners send instead of GS (0x1D), e.g. `~` or `|`. */
  readonly gsSubstitute?: string;
  /** An AIM symbology identifier (`]C1`, `]E0`...) or a format name (`ean_13`, `UPC-E`...). */
  readonly symbology?: string;
  /**
   * ITF lengths the site prints its own codes in (e.g. `[6, 10]` for location labels): those
   * read as text. Any other length but 14 is a partial read (`ITF_LENGTH`). Default: none.
   */
  readonly itfLengths?: readonly number[];
}

export type GtinSymbol = 'ean13' | 'upca' | 'upce' | 'ean8' | 'gtin14';
export type Gs1Form = 'element-string' | 'bracketed' | 'digital-link';

export interface Gs1Element {
  readonly ai: string;
  readonly title: string;
  /** The data exactly as carried by the barcode. */
  readonly raw: string;
  /** Dates as ISO `YYYY-MM-DD` (plus `THH:MM` for date-times), counts and measures as numbers. */
  readonly value: string | number;
  /** Measures: the unit from the AI title (`kg`, `m²`...); amounts: the ISO 4217 currency. */
  readonly unit?: string;
}

export interface Measure {
  readonly ai: string;
  readonly title: string;
  readonly value: number;
  readonly unit: string;
  /** Logistic measures (AIs 33nn, 34nn...) describe the whole logistic unit, not one item. */
  readonly logistic: boolean;
}

export interface Gs1Interpretation {
  readonly kind: 'gs1';
  readonly form: Gs1Form;
  /** The scanned text after normalisation (no symbology identifier, GS for the substitute). */
  readonly text: string;
  readonly elements: readonly Gs1Element[];
  readonly gtin?: string;
  /** AI (02): the GTIN of the items contained in a logistic unit, counted by AI (37). */
  readonly contentGtin?: string;
  readonly sscc?: string;
  readonly lot?: string;
  readonly serial?: string;
  readonly expiry?: string;
  readonly bestBefore?: string;
  readonly sellBy?: string;
  readonly productionDate?: string;
  readonly packDate?: string;
  readonly variant?: string;
  /** AI (37), else AI (30). */
  readonly count?: number;
  /** AI (414): GLN of a physical location. */
  readonly gln?: string;
  readonly measures: readonly Measure[];
  readonly warnings: readonly BarcodeIssue[];
}

export interface GtinInterpretation {
  readonly kind: 'gtin';
  /** Always 14 digits with a valid check digit. */
  readonly gtin: string;
  readonly symbol: GtinSymbol;
  readonly text: string;
  /** EAN/UPC 2- or 5-digit add-on, when the scanner sent one (`]E3`). */
  readonly addOn?: string;
}

export interface TextInterpretation {
  readonly kind: 'text';
  readonly text: string;
}

export interface ErrorInterpretation extends BarcodeProblem {
  readonly kind: 'error';
  readonly text: string;
}

export type Interpretation =
  Gs1Interpretation | GtinInterpretation | TextInterpretation | ErrorInterpretation;
