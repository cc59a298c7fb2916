// The device's replay of its waiting pack ops over the cartons the server sent (P15): the same
// fold the server applies, so the pack station shows what is packed before the dock has Wi-Fi.
import { packClosePayloadV1, packItemPayloadV1, packOpenPayloadV1 } from '../ops/shipping.ts';
import type { Carton, CartonLine } from './entities.ts';

interface WaitingOp {
  type: string;
  v: number;
  payload: unknown;
  at?: number;
}

const addLine = (lines: readonly CartonLine[], add: CartonLine): CartonLine[] => {
  const same = (l: CartonLine) => l.sku === add.sku && l.lot === add.lot && l.expiry === add.expiry;
  if (!lines.some(same)) return [...lines, add];
  return lines.map((l) => (same(l) ? { ...l, qty: l.qty + add.qty } : l));
};

export function overlayCartons(
  base: readonly Carton[],
  ops: readonly WaitingOp[],
  me: { userId: string; deviceId: string },
): Carton[] {
  const out = new Map(base.map((c) => [c.id, c]));
  for (const op of ops) {
    if (op.v !== 1) continue;
    if (op.type === 'pack.open') {
      const p = packOpenPayloadV1.safeParse(op.payload);
      if (!p.success || out.has(p.data.carton)) continue;
      out.set(p.data.carton, {
        id: p.data.carton,
        order: p.data.order,
        list: p.data.list,
        packageType: p.data.packageType,
        cartonNo: p.data.cartonNo,
        status: 'open',
        sscc: null,
        weightGrams: null,
        contents: [],
        openedBy: me.userId,
        openedDevice: me.deviceId,
        closedAt: null,
        loadedRoute: null,
        loadedAt: null,
      });
    } else if (op.type === 'pack.item') {
      const p = packItemPayloadV1.safeParse(op.payload);
      const c = p.success ? out.get(p.data.carton) : undefined;
      if (!p.success || !c || c.status === 'closed') continue;
      const line = { sku: p.data.sku, qty: p.data.qty, lot: p.data.lot, expiry: p.data.expiry };
      out.set(c.id, { ...c, contents: addLine(c.contents, line) });
    } else if (op.type === 'pack.close') {
      const p = packClosePayloadV1.safeParse(op.payload);
      const c = p.success ? out.get(p.data.carton) : undefined;
      if (!p.success || !c || c.status === 'closed') continue;
      out.set(c.id, {
        ...c,
        status: 'closed',
        sscc: p.data.sscc,
        weightGrams: p.data.weightGrams,
        closedAt: op.at ?? null,
      });
    }
  }
  return [...out.values()];
}
