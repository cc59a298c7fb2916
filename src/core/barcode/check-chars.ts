// GS1 alphanumeric check character pair (linter `csumalpha`, used by GMN AI 8013 and 8014):
// CSET 82 positions weighted by primes from the right, modulo 1021, split into two CSET 32 chars.
import { CSET32, CSET82 } from './charsets.ts';

const primes = (count: number): number[] => {
  const out: number[] = [];
  for (let n = 2; out.length < count; n++) {
    if (out.every((p) => n % p !== 0)) out.push(n);
  }
  return out;
};

/** The two check characters for `body` (CSET 82 characters), or null if one is outside it. */
export const checkCharPair = (body: string): string | null => {
  const weights = primes(body.length);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const value = CSET82.indexOf(body.charAt(i));
    if (value < 0) return null;
    // The rightmost character is weighted by the first prime.
    sum += value * (weights[body.length - 1 - i] ?? 0);
  }
  sum %= 1021;
  return CSET32.charAt(sum >> 5) + CSET32.charAt(sum & 31);
};
