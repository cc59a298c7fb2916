// Writes CSV (RFC 4180) for the console's exports, opening right in Excel: a UTF-8 byte order
// mark first (so 李娜 and 仓库 are not read as Latin-1), and a text cell that a spreadsheet would
// run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe; numbers are written as is.
export type Cell = string | number | null;

const BOM = '\uFEFF';
const FORMULA = /^[=+\-@\t\r]/;

function cell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = FORMULA.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const isoOrNull = (ms: number | null): string | null =>
  ms === null ? null : new Date(ms).toISOString();
