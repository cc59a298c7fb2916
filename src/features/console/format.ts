// Ages, offsets and times in the supervisor's language. Times carry a date and follow the app's
// language, not the browser's (a Chinese console reads 12月3日 18:40, never "06:40 PM").
import type { T } from '../../app/use-t.ts';
import type { Lang } from '../../messages/i18n.ts';

export function age(t: T, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return t('console.age.s', { n: s });
  if (s < 3600) return t('console.age.m', { n: Math.floor(s / 60) });
  if (s < 86_400) return t('console.age.h', { n: Math.floor(s / 3600) });
  return t('console.age.d', { n: Math.floor(s / 86_400) });
}

export function ago(t: T, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return t('console.ago.s', { n: s });
  if (s < 3600) return t('console.ago.m', { n: Math.floor(s / 60) });
  if (s < 86_400) return t('console.ago.h', { n: Math.floor(s / 3600) });
  return t('console.ago.d', { n: Math.floor(s / 86_400) });
}

export function clock(t: T, offsetMs: number): string {
  const min = Math.round(offsetMs / 60_000);
  if (Math.abs(min) < 2) return t('console.clock.ok');
  return t('console.clock.off', { sign: min > 0 ? '+' : '−', n: Math.abs(min) });
}

const locale = (lang: Lang) => (lang === 'zh-CN' ? 'zh-CN' : 'en-GB');

/** Hours and minutes only: chart ticks inside one shift. */
export const hhmm = (ms: number, lang: Lang = 'en'): string =>
  new Date(ms).toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit' });

/** A date and a time, for anything a supervisor may read the next day. */
export const dateTime = (ms: number, lang: Lang): string =>
  new Date(ms).toLocaleString(locale(lang), {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export const money = (v: number, lang: Lang): string =>
  v.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
