// The rule for real parts a suite needs (Chromium, PostgreSQL): on a laptop without one, the
// suite skips with one loud line; under CI (CI=true) a missing part fails the run.

export const inCI = (): boolean => Boolean(process.env['CI']) && process.env['CI'] !== 'false';

/** Returns true when the suite may run; warns once or throws under CI otherwise. */
export function requirePart(name: string, available: boolean, howToGet: string): boolean {
  if (available) return true;
  const line = `*** ${name} is not available: its tests are SKIPPED. ${howToGet} ***`;
  if (inCI()) throw new Error(`${name} is required under CI: ${howToGet}`);
  console.warn(line);
  return false;
}
