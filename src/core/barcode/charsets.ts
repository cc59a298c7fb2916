// The character sets of the GS1 dictionary's component types (N, X, Y, Z).
import type { AiCharType } from './ai-types.ts';

/** GS1 AI encodable character set 82, in the order whose positions weigh check characters. */
export const CSET82 =
  '!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
/** GS1 AI encodable character set 39. */
export const CSET39 = '#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** CSET 32: the characters a check character pair is made of. */
export const CSET32 = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const BASE64URL = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

/** Readable names used in messages; N has its own error code instead. */
export const charsetName: Readonly<Record<AiCharType, string>> = {
  N: 'digits',
  X: 'GS1 CSET 82',
  Y: 'GS1 CSET 39',
  Z: 'base64url',
};

const allowed = (type: AiCharType, ch: string): boolean => {
  switch (type) {
    case 'N':
      return ch >= '0' && ch <= '9';
    case 'X':
      return CSET82.includes(ch);
    case 'Y':
      return CSET39.includes(ch);
    case 'Z':
      return BASE64URL.includes(ch);
  }
};

/** Index of the first character not allowed for `type`, or -1. Z may end in `=` padding. */
export const firstBadChar = (type: AiCharType, value: string): number => {
  const body = type === 'Z' ? value.replace(/={1,2}$/, '') : value;
  for (let i = 0; i < body.length; i++) {
    if (!allowed(type, body.charAt(i))) return i;
  }
  return -1;
};
