// Turns an exception's code and facts into the sentence a supervisor reads, in the console's
// language: items, places, quantities, lots, people by name and document numbers, never JSON or
// ids. The server's own English message is only the last resort for a kind this file does not
// know yet. Actions and their effects on the book are said here too.
import type { ActionOffer, OfferedMovement } from '#core/console-actions.ts';
import type { T } from '../../app/use-t.ts';
import { hasKey, type MessageKey } from '../../messages/i18n.ts';
import type { ConsoleException } from './types.ts';

type Facts = Record<string, unknown>;
const s = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const n = (v: unknown): number => (typeof v === 'number' ? v : 0);
const arr = (v: unknown): Facts[] => (Array.isArray(v) ? (v as Facts[]) : []);

export const signed = (d: number): string => (d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0');
/** A quantity with a true minus sign (a book below zero reads −4, not -4). */
const qty = (v: number): string => (v < 0 ? `−${-v}` : String(v));

/** A code the floor chose (a damage reason) in words, or the code itself. */
function reasonWords(t: T, code: unknown): string {
  const key = `receive.reason.${s(code)}`;
  return hasKey(key) ? t(key) : s(code) || '—';
}

/** The kind as words; unknown kinds show their code. */
export function kindWords(t: T, kind: string): string {
  const key = `console.kind.${kind}`;
  return hasKey(key) ? t(key) : kind;
}

/** A glyph per family, next to the kind's words (never the only cue). */
export function kindIcon(kind: string): string {
  if (kind === 'count-variance') return '≠';
  if (kind === 'over-pick') return '⤴';
  if (kind === 'short-pick') return '⤵';
  if (kind === 'replenishment') return '⟳';
  if (kind.endsWith('over_book')) return '−';
  if (kind.startsWith('receive.')) return '⇩';
  if (kind.startsWith('user.')) return '☺';
  return '!';
}

function params(t: T, x: ConsoleException): Record<string, string | number> {
  const f = x.said;
  const b = x.believed;
  const base = {
    user: x.userName ?? t('console.x.someone'),
    sku: s(f['sku']),
    description: x.description ?? '',
    location: s(f['location']) || s(f['from']),
    to: s(f['to']),
    qty: n(f['qty']),
    list: s(f['list']),
    line: s(f['line']),
    receipt: s(f['receipt']),
    lot: s(f['lot']) || '—',
    expiry: s(f['expiry']) || s(b['expiry']) || '—',
    reason: reasonWords(t, f['reason']),
  };
  switch (x.kind) {
    case 'over-pick':
      return { ...base, qty: n(f['extra']) };
    case 'short-pick':
      return { ...base, found: n(f['found']), needed: n(f['needed']) };
    case 'replenishment':
      return { ...base, book: n(b['book']), demand: n(b['openDemand']) };
    case 'pick.over_book':
    case 'move.over_book':
    case 'putaway.over_book':
      return { ...base, book: n(b['book']) };
    case 'count-variance':
      return {
        ...base,
        lines: arr(f['lines'])
          .map((l) =>
            t('console.xs.varianceLine', {
              sku: s(l['sku']),
              delta: signed(n(l['delta'])),
              book: n(l['book']),
              counted: n(l['counted']),
            }),
          )
          .join('; '),
      };
    case 'receive.over':
      return {
        ...base,
        received: n(b['received']),
        expected: n(b['expected']),
        limit: n(b['limit']),
      };
    case 'receive.serial_duplicate':
    case 'receive.serial_unexpected':
      return { ...base, serials: arr(b['serials']).map(s).join(', ') || s(b['serials']) };
    case 'receive.missing_tracking':
      return {
        ...base,
        fields: (Array.isArray(b['fields']) ? (b['fields'] as string[]) : [])
          .map((k) => t(`console.field.${k as 'lot'}`))
          .join(', '),
      };
    case 'receive.short_dated':
      return { ...base, daysLeft: n(b['daysLeft']), minDays: n(b['minDays']) };
    case 'receive.lot_other':
      return { ...base, read: s(b['read']), announced: s(b['announced']) };
    case 'receive.wrong_item': {
      const exp = (b['expected'] ?? {}) as Facts;
      const got = (b['received'] ?? {}) as Facts;
      return { ...base, qty: n(got['qty']), line: s(exp['line']), expectedSku: s(exp['sku']) };
    }
    case 'receive.short':
    case 'receive.close_requested':
      return {
        ...base,
        reason: s(f['reason']),
        lines: arr(b['short'])
          .map((l) =>
            t('console.xs.shortLine', {
              sku: s(l['sku']),
              received: n(l['received']),
              expected: n(l['expected']),
            }),
          )
          .join(', '),
      };
    case 'user.deactivated':
      return { ...base, name: s(f['name']) || s(f['user']) };
  }
  return base;
}

/** What happened, in one sentence. */
export function describeException(t: T, x: ConsoleException): string {
  const key = `console.xs.${x.kind}`;
  if (!hasKey(key)) return x.message;
  return t(key, params(t, x));
}

/** The action as a button or radio label: what it does, with its numbers. */
export function actionWords(t: T, o: ActionOffer): string {
  const p = { ...o.params };
  if (o.action === 'post-adjustment' && n(p['lines']) > 1)
    return t('console.act.post-adjustment-many', p);
  if (typeof p['delta'] === 'number') p['delta'] = signed(p['delta']);
  return t(`console.act.${o.action}` as MessageKey, p);
}

/** Each movement as "A-05-1 · SKU-10050: −2 → 0"; or what changes instead of stock. */
export function effectLines(t: T, o: ActionOffer): string[] {
  const out = o.movements.map((m: OfferedMovement) =>
    t('console.eff.move', {
      location: m.location,
      sku: m.sku,
      lot: m.lot ? ` ${m.lot}` : '',
      delta: signed(m.delta),
      before: qty(m.book),
      after: qty(m.book + m.delta),
    }),
  );
  if (o.recount) out.push(t('console.eff.recount', { location: o.recount }));
  if (!o.movements.length) out.push(t('console.eff.none'));
  return out;
}

/** A resolution in words: the console's actions, counting's decisions, undone ops. */
export function resolutionWords(t: T, r: string | null): string {
  if (!r) return '';
  const key = `console.res.${r}`;
  return hasKey(key) ? t(key) : r;
}
