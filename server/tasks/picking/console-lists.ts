// What the console shows about pick lists (who holds what, since when, how much is picked, which
// devices picked for it) and its release and reassign actions: the same rules as the device ops
// (K9), in one transaction with an audit row, published to devices like any change.
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '#core/errors.ts';
import type { UserInfo } from '../../auth/users.ts';
import { ApiError } from '../../http/api-error.ts';
import type { Store, Trx } from '../../store/store.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { assignList, releaseList } from './hand-over.ts';
import { pickListRow } from './rows.ts';

export interface ConsolePickList {
  number: string;
  status: string;
  assignedTo: string | null;
  assignedName: string | null;
  claimedBy: string | null;
  holderName: string | null;
  claimedDevice: string | null;
  claimedAt: number | null;
  releasedName: string | null;
  releasedAt: number | null;
  lines: number;
  linesDone: number;
  units: number;
  picked: number;
  deferred: number;
  /** Who picked units for the list, per device (more than one: the list was split). */
  pickers: { deviceId: string; userName: string; units: number }[];
}

export async function consolePickLists(store: Store, warehouseId: string) {
  return store.read(async (trx) => {
    const users = new Map(
      (await trx.selectFrom('users').select(['id', 'name']).execute()).map((u) => [u.id, u.name]),
    );
    const name = (id: string | null) => (id ? (users.get(id) ?? id) : null);
    const lists = (
      await trx
        .selectFrom('pick_lists')
        .selectAll()
        .where('warehouse_id', '=', warehouseId)
        .where('status', '!=', 'complete')
        .orderBy('created_at')
        .execute()
    ).map(pickListRow);
    const lines = await trx
      .selectFrom('pick_lines')
      .select(['list', 'status', 'qty', 'picked_qty', 'defer_reason'])
      .where('warehouse_id', '=', warehouseId)
      .execute();
    const moves = await trx
      .selectFrom('movements')
      .select(['reason', 'device_id', 'user_id'])
      .select((eb) => eb.fn.sum<number | string>('delta').as('qty'))
      .where('warehouse_id', '=', warehouseId)
      .where('kind', '=', 'pick')
      .groupBy(['reason', 'device_id', 'user_id'])
      .execute();
    return lists.map((l): ConsolePickList => {
      const mine = lines.filter((x) => x.list === l.number);
      return {
        number: l.number,
        status: l.status,
        assignedTo: l.assignedTo,
        assignedName: name(l.assignedTo),
        claimedBy: l.claimedBy,
        holderName: name(l.claimedBy),
        claimedDevice: l.claimedDevice,
        claimedAt: l.claimedAt,
        releasedName: name(l.releasedBy),
        releasedAt: l.releasedAt,
        lines: mine.length,
        linesDone: mine.filter((x) => x.status !== 'open').length,
        units: mine.reduce((n, x) => n + Number(x.qty), 0),
        picked: mine.reduce((n, x) => n + Math.min(Number(x.picked_qty), Number(x.qty)), 0),
        deferred: mine.filter((x) => x.status === 'open' && x.defer_reason !== null).length,
        pickers: moves
          .filter((m) => m.reason === `pick list ${l.number}` && m.device_id)
          .map((m) => ({
            deviceId: m.device_id!,
            userName: name(m.user_id) ?? '',
            units: -Number(m.qty),
          })),
      };
    });
  });
}

async function auditRow(
  trx: Trx,
  warehouseId: string,
  by: string,
  action: string,
  target: string,
  reason: string,
  data: Record<string, unknown>,
) {
  const id = randomUUID();
  await trx
    .insertInto('console_actions')
    .values({
      id,
      warehouse_id: warehouseId,
      at: Date.now(),
      by_user: by,
      action,
      target_kind: 'pickList',
      target,
      reason,
      data: JSON.stringify(data),
    })
    .execute();
  return id;
}

const asApiError = (err: unknown): never => {
  if (err instanceof OpRejection)
    throw new ApiError(err.code === ErrorCode.UNKNOWN_DOCUMENT ? 404 : 409, err.code, err.message);
  throw err;
};

/** A console action on one list: release (to anyone) or assign (to a picker, or to anyone). */
export async function actOnPickList(
  store: Store,
  warehouseId: string,
  number: string,
  user: UserInfo,
  a:
    { action: 'release'; reason: string } | { action: 'assign'; to: string | null; reason: string },
) {
  const result = await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    const w = { trx, warehouseId, version };
    const by = { userId: user.id, deviceId: null, office: true };
    const at = Date.now();
    const { before, after } = await (
      a.action === 'release' ? releaseList(w, number, by, at) : assignList(w, number, a.to, by, at)
    ).catch(asApiError);
    const auditId = await auditRow(
      trx,
      warehouseId,
      user.id,
      `pickList.${a.action}`,
      number,
      a.reason,
      {
        holder: before.claimedBy,
        device: before.claimedDevice,
        assignedTo: after.assignedTo,
        previouslyAssigned: before.assignedTo,
      },
    );
    return { version, auditId, list: after };
  });
  await store.notify(warehouseId, result.version);
  return result;
}
