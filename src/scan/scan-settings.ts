// Site scanning rules kept on the device: the ITF lengths the site prints its own codes in.
// Any other ITF but 14 digits is a partial read and names nothing (issue #19). Set once per
// device by the site's roll-out, e.g. localStorage['floorsync.scan'] = '{"itfLengths":[6,10]}'.
const KEY = 'floorsync.scan';

export interface ScanSettings {
  itfLengths: number[];
}

export function scanSettings(): ScanSettings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<ScanSettings>;
    const lengths = Array.isArray(raw.itfLengths) ? raw.itfLengths : [];
    return { itfLengths: lengths.filter((n) => Number.isInteger(n) && n > 0 && n !== 14) };
  } catch {
    return { itfLengths: [] };
  }
}
