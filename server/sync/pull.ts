// POST /api/sync/pull: the change feed by version, pages ending on version boundaries, a
// paged snapshot for fresh devices, plus the device's lastSeq and unseen outcomes (P7-P10).
import { sql } from 'kysely';
import { ErrorCode } from '#core/errors.ts';
import {
  PROTOCOL_VERSION,
  type FeedRow,
  type PullRequest,
  type PullResponse,
} from '#core/protocol.ts';
import type { Session } from '../auth/session.ts';
import { requireWarehouse } from '../auth/guard.ts';
import { ApiError } from '../http/api-error.ts';
import type { SyncRowTable } from '../store/schema.ts';
import type { Store, Trx } from '../store/store.ts';
import { decodeCursor, encodeCursor, type Cursor } from './cursor.ts';
import { ensureDevice, recordDeviceReport } from './devices.ts';
import { unseenResults } from './results.ts';
import { recordServed } from './served-version.ts';
import { topUpRanges } from '../tasks/shipping/ranges.ts';

export const DEFAULT_PULL_LIMIT = 2000;

export async function pull(
  store: Store,
  session: Session,
  req: PullRequest,
): Promise<PullResponse> {
  if (req.protocol !== PROTOCOL_VERSION) {
    throw new ApiError(
      400,
      ErrorCode.PROTOCOL_UNSUPPORTED,
      `Protocol ${req.protocol} is not supported`,
    );
  }
  requireWarehouse(session.user, req.warehouseId);
  const now = Date.now();
  await store.write(async (trx) => {
    await ensureDevice(store, trx, session, req, now);
    await recordDeviceReport(trx, req.deviceId, {
      report: req.report,
      now,
      pushed: false,
      userId: session.user.id,
      warehouseId: req.warehouseId,
    });
  });
  // SSCC serial ranges for packing offline arrive with this pull (docs/shipping.md S2).
  if (req.sscc) await topUpRanges(store, req.warehouseId, req.deviceId);
  const limit = req.limit ?? DEFAULT_PULL_LIMIT;
  const response = await store.read(async (trx): Promise<PullResponse> => {
    const epoch = (
      await trx
        .selectFrom('meta')
        .select('value')
        .where('key', '=', 'epoch')
        .executeTakeFirstOrThrow()
    ).value;
    const wh = await trx
      .selectFrom('warehouses')
      .select('version')
      .where('id', '=', req.warehouseId)
      .executeTakeFirst();
    if (!wh) throw new ApiError(404, ErrorCode.NOT_FOUND, `No warehouse ${req.warehouseId}`);
    const current = Number(wh.version);
    let cursor = decodeCursor(req.cursor);
    // Another epoch, or a version the server never reached (restored from backup): start over.
    const reset = !cursor || cursor.epoch !== epoch || cursor.version > current;
    if (reset) cursor = await startSnapshot(trx, req.warehouseId, epoch, current);
    const page =
      cursor!.kind === 'snapshot'
        ? await snapshotPage(trx, req.warehouseId, cursor!, limit, current)
        : await incrementalPage(trx, req.warehouseId, cursor!, limit, current);
    const device = await trx
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', req.deviceId)
      .executeTakeFirstOrThrow();
    return {
      protocol: PROTOCOL_VERSION,
      epoch,
      reset,
      changes: page.changes,
      cursor: encodeCursor(page.next),
      hasMore: page.hasMore,
      baseVersion: page.next.kind === 'incremental' ? page.next.version : null,
      snapshot: page.snapshot,
      lastSeq: Number(device.last_seq),
      results: await unseenResults(trx, req.deviceId, req.resultsAfter),
      serverTime: now,
    };
  });
  if (response.baseVersion !== null)
    await recordServed(store, req.deviceId, req.warehouseId, response.baseVersion);
  return response;
}

interface Page {
  changes: FeedRow[];
  next: Cursor;
  hasMore: boolean;
  snapshot: { done: number; total: number } | null;
}

async function startSnapshot(
  trx: Trx,
  warehouseId: string,
  epoch: string,
  version: number,
): Promise<Cursor> {
  const { n } = await trx
    .selectFrom('sync_rows')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('warehouse_id', '=', warehouseId)
    .where('deleted', '=', 0)
    .where('version', '<=', version)
    .executeTakeFirstOrThrow();
  return { kind: 'snapshot', epoch, version, total: Number(n), done: 0, after: null };
}

/** Live rows as of the snapshot version, in key order. Rows changed later arrive incrementally. */
async function snapshotPage(
  trx: Trx,
  warehouseId: string,
  c: Cursor & { kind: 'snapshot' },
  limit: number,
  current: number,
): Promise<Page> {
  let q = trx
    .selectFrom('sync_rows')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('deleted', '=', 0)
    .where('version', '<=', c.version);
  if (c.after) q = q.where(sql<boolean>`(entity, key) > (${c.after[0]}, ${c.after[1]})`);
  const rows = await q
    .orderBy('entity')
    .orderBy('key')
    .limit(limit + 1)
    .execute();
  const morePages = rows.length > limit;
  const page = rows.slice(0, limit);
  const done = c.done + page.length;
  const last = page.at(-1);
  const next: Cursor =
    morePages && last
      ? { ...c, done, after: [last.entity, last.key] }
      : { kind: 'incremental', epoch: c.epoch, version: c.version };
  // After the last snapshot page, changes made since the snapshot version are still to come.
  const hasMore = morePages || c.version < current;
  return {
    changes: page.map(toFeedRow),
    next,
    hasMore,
    snapshot: { done, total: Math.max(c.total, done) },
  };
}

/** Rows changed after the cursor, whole versions only: a device never sees half a transaction. */
async function incrementalPage(
  trx: Trx,
  warehouseId: string,
  c: Cursor & { kind: 'incremental' },
  limit: number,
  current: number,
): Promise<Page> {
  const feed = () =>
    trx
      .selectFrom('sync_rows')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .orderBy('version')
      .orderBy('entity')
      .orderBy('key');
  const rows = await feed()
    .where('version', '>', c.version)
    .limit(limit + 1)
    .execute();
  if (rows.length <= limit) {
    return {
      changes: rows.map(toFeedRow),
      next: { ...c, version: current },
      hasMore: false,
      snapshot: null,
    };
  }
  const cut = Number(rows[limit - 1]!.version);
  let page = rows.slice(0, limit);
  if (Number(rows[limit]!.version) === cut) {
    page = page.filter((r) => Number(r.version) < cut);
    // One version bigger than a page is sent whole rather than split.
    if (page.length === 0) page = await feed().where('version', '=', cut).execute();
  }
  const lastVersion = Number(page.at(-1)!.version);
  return {
    changes: page.map(toFeedRow),
    next: { ...c, version: lastVersion },
    hasMore: true,
    snapshot: null,
  };
}

const toFeedRow = (r: SyncRowTable): FeedRow =>
  r.deleted
    ? { e: r.entity, k: r.key, v: Number(r.version), d: 1 }
    : { e: r.entity, k: r.key, v: Number(r.version), r: JSON.parse(r.data!) as unknown };
