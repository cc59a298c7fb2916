// The actions each kind of exception offers, with the effect each would have on the book right
// now: the movements it posts (with the book before), the location it flags, whether it needs a
// reason. The console shows them before a supervisor confirms; applying recomputes them in the
// action's transaction (server/console/apply.ts), so what was shown is what happens.
import { XAction, type ActionOffer, type OfferedMovement } from '#core/console-actions.ts';
import type { Kysely } from 'kysely';
import type { Database, ExceptionTable } from '../store/schema.ts';

/** The store or the action's transaction (a transaction is a Kysely too). */
interface Reader {
  trx: Kysely<Database>;
  warehouseId: string;
}
type Said = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

interface Bucket {
  sku: string;
  location: string;
  lot: string;
  expiry: string;
  qty: number;
}

async function buckets(r: Reader, sku: string, location: string): Promise<Bucket[]> {
  const rows = await r.trx
    .selectFrom('stock')
    .select(['sku', 'location', 'lot', 'expiry', 'qty'])
    .where('warehouse_id', '=', r.warehouseId)
    .where('sku', '=', sku)
    .where('location', '=', location)
    .orderBy('lot')
    .orderBy('expiry')
    .execute();
  return rows.map((b) => ({ ...b, qty: Number(b.qty) }));
}

async function bookOf(r: Reader, b: Omit<Bucket, 'qty'>): Promise<number> {
  const all = await buckets(r, b.sku, b.location);
  return all.find((x) => x.lot === b.lot && x.expiry === b.expiry)?.qty ?? 0;
}

async function quarantineLocation(r: Reader): Promise<string | null> {
  const q = await r.trx
    .selectFrom('locations')
    .select('code')
    .where('warehouse_id', '=', r.warehouseId)
    .where('kind', '=', 'quarantine')
    .orderBy('walk_seq')
    .orderBy('code')
    .executeTakeFirst();
  return q?.code ?? null;
}

async function locationKind(r: Reader, code: string): Promise<string | null> {
  const l = await r.trx
    .selectFrom('locations')
    .select('kind')
    .where('warehouse_id', '=', r.warehouseId)
    .where('code', '=', code)
    .executeTakeFirst();
  return l?.kind ?? null;
}

const offer = (
  action: XAction,
  params: ActionOffer['params'],
  o: { movements?: OfferedMovement[]; recount?: string | null; needsReason?: boolean } = {},
): ActionOffer => ({
  action,
  params,
  movements: o.movements ?? [],
  recount: o.recount ?? null,
  needsReason: o.needsReason ?? true,
});

const recountOffer = (location: string) =>
  location ? [offer(XAction.recount, { location }, { recount: location, needsReason: false })] : [];

const acknowledge = (params: ActionOffer['params'] = {}) => offer(XAction.acknowledge, params);

/** Raise every negative bucket of the item at the location back to 0. */
async function correctNegative(r: Reader, sku: string, location: string): Promise<ActionOffer[]> {
  const neg = (await buckets(r, sku, location)).filter((b) => b.qty < 0);
  if (!neg.length) return [];
  const movements = neg.map((b) => ({ ...b, delta: -b.qty, book: b.qty }));
  const qty = movements.reduce((n, m) => n + m.delta, 0);
  return [offer(XAction.correctNegative, { sku, location, qty }, { movements })];
}

async function countVariance(r: Reader, said: Said): Promise<ActionOffer[]> {
  const location = str(said['location']);
  const lines = Array.isArray(said['lines']) ? (said['lines'] as Said[]) : [];
  const movements: OfferedMovement[] = [];
  for (const l of lines) {
    const delta = num(l['delta']);
    if (!delta) continue;
    const b = { sku: str(l['sku']), location, lot: str(l['lot']), expiry: str(l['expiry']) };
    movements.push({ ...b, delta, book: await bookOf(r, b) });
  }
  const first = movements[0];
  const params = {
    location,
    sku: first?.sku ?? '',
    delta: first?.delta ?? 0,
    lines: movements.length,
  };
  return [
    offer(XAction.postAdjustment, params, { movements, needsReason: false }),
    offer(XAction.keepBook, params),
    offer(XAction.recount, { location }, { recount: location, needsReason: false }),
  ];
}

async function overPick(r: Reader, x: ExceptionTable, said: Said): Promise<ActionOffer[]> {
  const sku = str(said['sku']);
  const location = str(said['location']);
  const extra = num(said['extra']);
  // The bucket the units came from: the lot the picker scanned, the expiry the op posted.
  const moved = x.op_id
    ? await r.trx
        .selectFrom('movements')
        .select(['lot', 'expiry'])
        .where('warehouse_id', '=', r.warehouseId)
        .where('op_id', '=', x.op_id)
        .where('sku', '=', sku)
        .where('location', '=', location)
        .executeTakeFirst()
    : undefined;
  const b = { sku, location, lot: moved?.lot ?? str(said['lot']), expiry: moved?.expiry ?? '' };
  const params = { sku, location, qty: extra, list: str(said['list']), line: num(said['line']) };
  return [
    offer(XAction.putBack, params, {
      movements: [{ ...b, delta: extra, book: await bookOf(r, b) }],
      needsReason: false,
    }),
    offer(XAction.shipExtra, params),
  ];
}

async function shortPick(r: Reader, said: Said): Promise<ActionOffer[]> {
  const sku = str(said['sku']);
  const location = str(said['location']);
  const held = (await buckets(r, sku, location)).filter((b) => b.qty > 0);
  const out: ActionOffer[] = [];
  if (held.length) {
    const movements = held.map((b) => ({ ...b, delta: -b.qty, book: b.qty }));
    const qty = -movements.reduce((n, m) => n + m.delta, 0);
    out.push(offer(XAction.writeOffShort, { sku, location, qty }, { movements }));
  }
  return [
    ...out,
    ...recountOffer(location),
    acknowledge({ sku, location, list: str(said['list']) }),
  ];
}

async function received(r: Reader, x: ExceptionTable, said: Said): Promise<ActionOffer[]> {
  const sku = str(said['sku']);
  const location = str(said['location']);
  const receipt = str(said['receipt']);
  if (!sku || !location) return [acknowledge({ receipt })];
  const b = { sku, location, lot: str(said['lot']), expiry: str(said['expiry']) };
  const book = await bookOf(r, b);
  let qty = num(said['qty']);
  if (x.kind === 'receive.over') {
    const believed = JSON.parse(x.believed) as Said;
    qty = Math.min(qty, num(believed['received']) - num(believed['expected']));
  }
  // Only what is still where it was put can be sent back or moved from there.
  const n = Math.max(0, Math.min(qty, book));
  const params = { sku, location, qty: n, receipt, received: qty };
  const out = [offer(XAction.keepReceived, { ...params, qty })];
  if (n > 0) {
    out.push(offer(XAction.returnToSupplier, params, { movements: [{ ...b, delta: -n, book }] }));
    const q = await quarantineLocation(r);
    if (q && q !== location && (await locationKind(r, location)) !== 'quarantine') {
      const qb = { ...b, location: q };
      out.push(
        offer(
          XAction.quarantine,
          { ...params, to: q },
          {
            movements: [
              { ...b, delta: -n, book },
              { ...qb, delta: n, book: await bookOf(r, qb) },
            ],
            needsReason: false,
          },
        ),
      );
    }
  }
  return out;
}

/** Every action the exception offers now, in the order the console shows them. */
export async function offersFor(r: Reader, x: ExceptionTable): Promise<ActionOffer[]> {
  if (x.status !== 'open') return [];
  const said = JSON.parse(x.said) as Said;
  switch (x.kind) {
    case 'count-variance':
      return countVariance(r, said);
    case 'over-pick':
      return overPick(r, x, said);
    case 'short-pick':
      return shortPick(r, said);
    case 'replenishment':
      return [acknowledge({ location: str(said['location']), sku: str(said['sku']) })];
    case 'pick.over_book': {
      const sku = str(said['sku']);
      const location = str(said['location']);
      return [
        ...(await correctNegative(r, sku, location)),
        ...recountOffer(location),
        acknowledge({ sku, location }),
      ];
    }
    case 'move.over_book':
    case 'putaway.over_book': {
      const sku = str(said['sku']);
      const location = str(said['from']);
      return [
        ...(await correctNegative(r, sku, location)),
        ...recountOffer(location),
        acknowledge({ sku, location }),
      ];
    }
  }
  if (x.kind.startsWith('receive.') && 'condition' in said) return received(r, x, said);
  return [acknowledge({ receipt: str(said['receipt']) })];
}
