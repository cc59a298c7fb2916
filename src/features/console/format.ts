// Ages and offsets in the supervisor's language.
import type { T } from '../../app/use-t.ts';

export function age(t: T, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return t('console.age.s', { n: s });
  if (s < 3600) return t('console.age.m', { n: Math.floor(s / 60) });
  return t('console.age.h', { n: Math.floor(s / 3600) });
}

export function ago(t: T, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return t('console.ago.s', { n: s });
  if (s < 3600) return t('console.ago.m', { n: Math.floor(s / 60) });
  return t('console.ago.h', { n: Math.floor(s / 3600) });
}

export function clock(t: T, offsetMs: number): string {
  const min = Math.round(offsetMs / 60_000);
  if (Math.abs(min) < 2) return t('console.clock.ok');
  return t('console.clock.off', { sign: min > 0 ? '+' : '−', n: Math.abs(min) });
}

export const hhmm = (ms: number): string =>
  new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
