// The forms under which master data may store a GTIN: as printed (EAN-13 each, GTIN-14 case,
// UPC-A, EAN-8), so a GTIN-14 is tried as is and with its leading zeros stripped.

/** `00012345678905` → ['00012345678905', '0012345678905', '012345678905']; EAN-8 too. */
export const gtinCandidates = (gtin: string): string[] => {
  if (!/^(\d{8}|\d{12,14})$/.test(gtin)) return [gtin];
  const g14 = gtin.padStart(14, '0');
  const out = [g14];
  if (g14.startsWith('0')) out.push(g14.slice(1));
  if (g14.startsWith('00')) out.push(g14.slice(2));
  if (g14.startsWith('000000')) out.push(g14.slice(6));
  return out;
};
