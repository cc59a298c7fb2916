// Merges consecutive scans into one line when a product's data is split over several labels
// (GTIN on one, lot and expiry on another, in either order). Pure: the caller keeps the line.
//
// Rule: a scan with a GTIN different from the line's GTIN completes the line and starts a new
// one; otherwise its values fill the line's empty fields. A value that differs from one already
// on the line is a conflict: the first value stays and a MERGE_CONFLICT warning is returned.
// Scans that carry no product data (text, errors) are ignored and leave the line as it was.
import { aiDefinition } from './ai-lookup.ts';
import { BarcodeWarning, type BarcodeIssue } from './errors.ts';
import { problem } from './problem.ts';
import type { Interpretation } from './types.ts';

/** Each mergeable field and the AI it comes from (named in conflict messages). */
const FIELD_AIS = {
  gtin: '01',
  lot: '10',
  expiry: '17',
  bestBefore: '15',
  sellBy: '16',
  productionDate: '11',
  packDate: '13',
  serial: '21',
  variant: '20',
  sscc: '00',
  count: '37',
} as const;
type Field = keyof typeof FIELD_AIS;
const FIELDS = Object.keys(FIELD_AIS) as Field[];

export type ScanLine = {
  readonly [F in Field]?: F extends 'count' ? number : string;
} & {
  /** How many scans went into the line. */
  readonly scans: number;
};

export interface MergeResult {
  /** The line being built after this scan (null only if there was none and the scan was ignored). */
  readonly line: ScanLine | null;
  /** The previous line, finished because this scan carried a different GTIN. */
  readonly completed: ScanLine | null;
  readonly conflicts: readonly BarcodeIssue[];
  /** True when the scan had nothing to merge; `line` is then the line passed in. */
  readonly ignored: boolean;
}

type Values = Partial<Record<Field, string | number>>;

const valuesOf = (scan: Interpretation): Values | null => {
  if (scan.kind === 'gtin') return { gtin: scan.gtin };
  if (scan.kind !== 'gs1') return null;
  const { lot, expiry, bestBefore, sellBy, productionDate, packDate, serial, variant } = scan;
  const values: Values = {
    gtin: scan.gtin ?? scan.contentGtin,
    ...{ lot, expiry, bestBefore, sellBy, productionDate, packDate, serial, variant },
    sscc: scan.sscc,
    count: scan.count,
  };
  return values;
};

const startLine = (values: Values): ScanLine => {
  const line: Record<string, string | number> = { scans: 1 };
  for (const f of FIELDS) if (values[f] !== undefined) line[f] = values[f];
  return line as ScanLine;
};

export const mergeScan = (line: ScanLine | null, scan: Interpretation): MergeResult => {
  const values = valuesOf(scan);
  if (!values) return { line, completed: null, conflicts: [], ignored: true };
  if (!line) return { line: startLine(values), completed: null, conflicts: [], ignored: false };
  if (values.gtin !== undefined && line.gtin !== undefined && values.gtin !== line.gtin) {
    return { line: startLine(values), completed: line, conflicts: [], ignored: false };
  }
  const merged: Record<string, string | number> = { ...line, scans: line.scans + 1 };
  const conflicts: BarcodeIssue[] = [];
  for (const f of FIELDS) {
    const incoming = values[f];
    const current = line[f];
    if (incoming === undefined) continue;
    if (current === undefined) merged[f] = incoming;
    else if (current !== incoming) {
      const ai = FIELD_AIS[f];
      const title = aiDefinition(ai)?.title ?? '';
      conflicts.push(problem(BarcodeWarning.MERGE_CONFLICT, { ai, title, current, incoming }));
    }
  }
  return { line: merged as ScanLine, completed: null, conflicts, ignored: false };
};
