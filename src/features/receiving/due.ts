// Due dates in the worker's words, and the order receivers work in: due today first, then
// overdue, then what is due later; complete receipts last.
import type { Receipt } from '#core/receiving/entities.ts';
import type { T } from '../../app/use-t.ts';

/** The device's local calendar day, as YYYY-MM-DD. */
export function localDay(days = 0, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const rank = (r: Pick<Receipt, 'dueDate' | 'status'>, today: string): number =>
  r.status === 'complete' ? 3 : r.dueDate === today ? 0 : r.dueDate < today ? 1 : 2;

export function byDue(today: string) {
  return (a: Pick<Receipt, 'dueDate' | 'status' | 'number'>, b: typeof a): number =>
    rank(a, today) - rank(b, today) ||
    a.dueDate.localeCompare(b.dueDate) ||
    a.number.localeCompare(b.number);
}

export function dueWords(dueDate: string, t: T, now = new Date()): string {
  const today = localDay(0, now);
  if (dueDate === today) return t('receive.dueToday');
  if (dueDate === localDay(1, now)) return t('receive.dueTomorrow');
  if (dueDate < today) return t('receive.overdue', { date: dueDate });
  return t('receive.dueOn', { date: dueDate });
}
