// Checks of a pick lists file against itself and the warehouse: numbers and barcodes new and
// unique, the assigned picker, items and source locations that exist, one tote per order on a
// batch list (totes that are not another thing's barcode), line numbers.
import { hasAnyRole, Role } from '#core/roles.ts';
import type { Trx } from '../../store/store.ts';
import type { PickDraft } from './import.ts';
import type { NewPickLine, NewPickList } from './import-write.ts';
import type { RowErrors } from '../../import/row-errors.ts';

interface Lookups {
  takenLists: Set<string>;
  owners: Map<string, string>;
  items: Map<string, string | null>;
  storage: Set<string>;
  pickers: Map<string, { id: string; ok: boolean }>;
}

async function lookups(trx: Trx, wh: string, drafts: PickDraft[]): Promise<Lookups> {
  const numbers = drafts.map((d) => d.header.number);
  const codes = [
    ...new Set(
      drafts.flatMap((d) => [d.header.barcode, ...d.lines.flatMap((l) => l.input.tote ?? [])]),
    ),
  ];
  const owners = new Map<string, string>();
  const q = <T>(fn: (c: string[]) => Promise<T[]>, keys: string[]) =>
    keys.length ? fn(keys) : Promise.resolve([] as T[]);
  for (const r of await q(
    (c) =>
      trx
        .selectFrom('pick_lists')
        .select(['barcode', 'number'])
        .where('warehouse_id', '=', wh)
        .where('barcode', 'in', c)
        .execute(),
    codes,
  ))
    owners.set(r.barcode, `pick list ${r.number}`);
  for (const r of await q(
    (c) =>
      trx
        .selectFrom('receipts')
        .select(['barcode', 'number'])
        .where('warehouse_id', '=', wh)
        .where('barcode', 'in', c)
        .execute(),
    codes,
  ))
    owners.set(r.barcode, `receipt ${r.number}`);
  for (const r of await q(
    (c) =>
      trx
        .selectFrom('locations')
        .select(['barcode', 'code'])
        .where('warehouse_id', '=', wh)
        .where('barcode', 'in', c)
        .execute(),
    codes,
  ))
    owners.set(r.barcode, `location ${r.code}`);
  for (const r of await q(
    (c) =>
      trx
        .selectFrom('item_barcodes')
        .select(['code', 'sku'])
        .where('warehouse_id', '=', wh)
        .where('code', 'in', c)
        .execute(),
    codes,
  ))
    owners.set(r.code, `item ${r.sku}`);
  const taken = await q(
    (c) =>
      trx
        .selectFrom('pick_lists')
        .select('number')
        .where('warehouse_id', '=', wh)
        .where('number', 'in', c)
        .execute(),
    numbers,
  );
  const skus = [...new Set(drafts.flatMap((d) => d.lines.map((l) => l.input.sku)))];
  const items = await q(
    (c) =>
      trx
        .selectFrom('items')
        .select(['sku', 'home_location'])
        .where('warehouse_id', '=', wh)
        .where('sku', 'in', c)
        .execute(),
    skus,
  );
  const storage = await trx
    .selectFrom('locations')
    .select('code')
    .where('warehouse_id', '=', wh)
    .where('kind', '=', 'storage')
    .execute();
  const names = [...new Set(drafts.flatMap((d) => d.header.assignedTo ?? []))];
  const users = await q(
    (c) =>
      trx
        .selectFrom('users')
        .select(['id', 'username', 'roles'])
        .where('username', 'in', c)
        .execute(),
    names,
  );
  const members = new Set(
    (
      await trx
        .selectFrom('user_warehouses')
        .select('user_id')
        .where('warehouse_id', '=', wh)
        .execute()
    ).map((m) => m.user_id),
  );
  const pickRoles = [Role.picker, Role.supervisor, Role.admin];
  return {
    takenLists: new Set(taken.map((t) => t.number)),
    owners,
    items: new Map(items.map((i) => [i.sku, i.home_location])),
    storage: new Set(storage.map((s) => s.code)),
    pickers: new Map(
      users.map((u) => [
        u.username,
        {
          id: u.id,
          ok: members.has(u.id) && hasAnyRole(JSON.parse(u.roles) as string[], pickRoles),
        },
      ]),
    ),
  };
}

export async function checkPickLists(
  trx: Trx,
  warehouseId: string,
  drafts: PickDraft[],
  errors: RowErrors,
): Promise<NewPickList[]> {
  const look = await lookups(trx, warehouseId, drafts);
  const seenBarcode = new Map<string, number>();
  const out: NewPickList[] = [];
  for (const d of drafts) {
    const h = d.header;
    if (look.takenLists.has(h.number))
      errors.add(d.at, `Pick list ${h.number} already exists`, 'number');
    const owner = look.owners.get(h.barcode);
    if (owner) errors.add(d.at, `Barcode ${h.barcode} already belongs to ${owner}`, 'barcode');
    const again = seenBarcode.get(h.barcode);
    if (again !== undefined)
      errors.add(d.at, `Barcode ${h.barcode} is also on line ${again}`, 'barcode');
    seenBarcode.set(h.barcode, d.at);
    let assignedTo: string | null = null;
    if (h.assignedTo !== null) {
      const u = look.pickers.get(h.assignedTo);
      if (!u) errors.add(d.at, `No user ${h.assignedTo}`, 'assignedTo');
      else if (!u.ok)
        errors.add(d.at, `${h.assignedTo} is not a picker in ${warehouseId}`, 'assignedTo');
      else assignedTo = u.id;
    }
    const orders = new Set(d.lines.map((l) => l.input.order));
    const kind = h.kind ?? (orders.size > 1 ? 'batch' : 'single');
    if (kind === 'single' && orders.size > 1)
      errors.add(d.at, `A single-order list has ${orders.size} orders; make it a batch`, 'kind');
    out.push({
      number: h.number,
      barcode: h.barcode,
      kind,
      assignedTo,
      lines: checkLines(d, kind === 'batch', look, errors),
    });
  }
  return out;
}

function checkLines(d: PickDraft, batch: boolean, look: Lookups, errors: RowErrors): NewPickLine[] {
  const used = d.lines.flatMap((l) => l.input.line ?? []);
  let next = Math.max(0, ...used);
  const seenLine = new Set<number>();
  const toteOf = new Map<string, string | null>();
  const orderOf = new Map<string, string>();
  const out: NewPickLine[] = [];
  for (const { input, prefix, at } of d.lines) {
    const f = (name: string) => prefix + name;
    const line = input.line ?? ++next;
    if (seenLine.has(line))
      errors.add(at, `Line ${line} of pick list ${d.header.number} appears twice`, f('line'));
    seenLine.add(line);
    if (batch && input.tote === null)
      errors.add(at, `Order ${input.order} needs a tote on a batch list`, f('tote'));
    const tote = toteOf.get(input.order);
    if (tote !== undefined && tote !== input.tote)
      errors.add(
        at,
        `Order ${input.order} goes into one tote, not ${tote} and ${input.tote}`,
        f('tote'),
      );
    toteOf.set(input.order, input.tote);
    if (input.tote !== null) {
      const other = orderOf.get(input.tote);
      if (other !== undefined && other !== input.order)
        errors.add(at, `Tote ${input.tote} is already for order ${other}`, f('tote'));
      orderOf.set(input.tote, input.order);
      const owner = look.owners.get(input.tote);
      if (owner) errors.add(at, `Tote ${input.tote} is the barcode of ${owner}`, f('tote'));
    }
    if (!look.items.has(input.sku)) {
      errors.add(at, `No item ${input.sku} in this warehouse`, f('sku'));
      continue;
    }
    const location = input.location ?? look.items.get(input.sku) ?? null;
    if (location === null)
      errors.add(at, `${input.sku} has no home location; say where to pick it from`, f('location'));
    else if (!look.storage.has(location))
      errors.add(at, `${location} is not a storage location of this warehouse`, f('location'));
    else
      out.push({
        line,
        order: input.order,
        tote: input.tote,
        sku: input.sku,
        location,
        qty: input.qty,
      });
  }
  return out;
}
