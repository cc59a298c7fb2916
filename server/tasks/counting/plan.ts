// Which locations a new count task covers: a zone, an aisle, a list, or the locations flagged
// for recount (by short picks, counts that saw stock move, supervisors). Bad input names every
// problem at once; nothing is written.
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../../http/api-error.ts';
import type { Trx } from '../../store/store.ts';

export interface TaskScope {
  zone?: string | undefined;
  aisle?: string | undefined;
  locations?: string[] | undefined;
  flagged?: boolean | undefined;
}

export async function locationsOf(
  trx: Trx,
  warehouseId: string,
  scope: TaskScope,
): Promise<{ code: string; walkSeq: number }[]> {
  const chosen = [scope.zone, scope.aisle, scope.locations, scope.flagged || undefined].filter(
    (x) => x !== undefined,
  );
  if (chosen.length !== 1)
    throw new ApiError(
      400,
      ErrorCode.BAD_REQUEST,
      'Give exactly one of zone, aisle, locations or flagged',
    );
  const all = await trx
    .selectFrom('locations')
    .select(['code', 'zone', 'kind', 'walk_seq'])
    .where('warehouse_id', '=', warehouseId)
    .orderBy('walk_seq')
    .execute();
  let picked: typeof all;
  if (scope.zone !== undefined) picked = all.filter((l) => l.zone === scope.zone);
  else if (scope.aisle !== undefined)
    picked = all.filter((l) => l.kind === 'storage' && l.code.startsWith(`${scope.aisle}-`));
  else if (scope.locations) {
    const byCode = new Map(all.map((l) => [l.code, l]));
    const unknown = scope.locations.filter((c) => !byCode.has(c));
    if (unknown.length)
      throw new ApiError(
        422,
        ErrorCode.UNKNOWN_LOCATION,
        `No such locations: ${unknown.join(', ')}`,
        {
          unknown,
        },
      );
    const wanted = new Set(scope.locations);
    picked = all.filter((l) => wanted.has(l.code));
  } else {
    const flags = await trx
      .selectFrom('location_flags')
      .select('location')
      .where('warehouse_id', '=', warehouseId)
      .where('cleared_at', 'is', null)
      .execute();
    const flagged = new Set(flags.map((f) => f.location));
    picked = all.filter((l) => flagged.has(l.code));
  }
  if (!picked.length)
    throw new ApiError(422, ErrorCode.BAD_REQUEST, 'No locations match: nothing to count');
  return picked.map((l) => ({ code: l.code, walkSeq: Number(l.walk_seq) }));
}
