// SSCC (GS1 AI 00): extension digit + GS1 company prefix + serial reference, 17 digits, then the
// GS1 mod-10 check digit. docs/shipping.md S1.
import { gs1CheckDigit, hasValidCheckDigit } from '../barcode/check-digit.ts';

export interface SsccSettings {
  /** 0–9, chosen by the company to extend the serial space. */
  extensionDigit: number;
  /** The GS1 company prefix, 6 to 12 digits. */
  companyPrefix: string;
}

export const isCompanyPrefix = (p: string): boolean => /^\d{6,12}$/.test(p);

/** Digits left for the serial reference once extension and prefix are placed (16 - prefix). */
export const serialDigits = (companyPrefix: string): number => 16 - companyPrefix.length;

/** The largest serial reference the prefix leaves room for. */
export const maxSerial = (companyPrefix: string): number => 10 ** serialDigits(companyPrefix) - 1;

/** The 18-digit SSCC for one serial reference. */
export function makeSscc(s: SsccSettings, serial: number): string {
  if (!isCompanyPrefix(s.companyPrefix)) throw new Error('company prefix must be 6-12 digits');
  if (!Number.isInteger(s.extensionDigit) || s.extensionDigit < 0 || s.extensionDigit > 9)
    throw new Error('extension digit must be 0-9');
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > maxSerial(s.companyPrefix))
    throw new Error(`serial reference ${serial} does not fit the prefix`);
  const body =
    String(s.extensionDigit) +
    s.companyPrefix +
    String(serial).padStart(serialDigits(s.companyPrefix), '0');
  return body + String(gs1CheckDigit(body));
}

/** 18 digits with a valid check digit. */
export const isSscc = (code: string): boolean => /^\d{18}$/.test(code) && hasValidCheckDigit(code);

/** The serial reference inside an SSCC made with these settings, or null for another company's. */
export function serialOf(s: SsccSettings, sscc: string): number | null {
  if (!isSscc(sscc)) return null;
  const head = String(s.extensionDigit) + s.companyPrefix;
  if (!sscc.startsWith(head)) return null;
  return Number(sscc.slice(head.length, 17));
}

/** Groups for people: "3 9501234 567890123 4" (extension, prefix, serial, check). */
export function spacedSscc(sscc: string, companyPrefix: string): string {
  const p = companyPrefix.length;
  return [sscc.slice(0, 1), sscc.slice(1, 1 + p), sscc.slice(1 + p, 17), sscc.slice(17)].join(' ');
}
