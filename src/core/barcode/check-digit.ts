// GS1 mod-10 check digits (weights 3,1,3... from the right), used by GTIN-8/12/13/14, SSCC, GLN.

/** The check digit for a body of digits that does not include it. */
export const gs1CheckDigit = (body: string): number => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
};

/** True when `digits` is all digits and its last digit is the right check digit. */
export const hasValidCheckDigit = (digits: string): boolean =>
  /^\d{2,}$/.test(digits) && gs1CheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));

/** A plausible GTIN: 8, 12, 13 or 14 digits with a valid check digit. */
export const isGtin = (code: string): boolean =>
  [8, 12, 13, 14].includes(code.length) && hasValidCheckDigit(code);
