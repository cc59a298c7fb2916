// POST /api/sync/push: each op, in seq order, in its own savepoint inside one transaction per
// batch, together with its outcome row and the device's lastSeq (rules P1-P6, P9). The batch
// commits once, so an acknowledged push is on disk; a rejected op rolls back alone.
import { sql } from 'kysely';
import { ErrorCode } from '#core/errors.ts';
import type { OpEnvelope } from '#core/ops/envelope.ts';
import {
  PROTOCOL_VERSION,
  type OpResult,
  type PushRequest,
  type PushResponse,
  type RaisedException,
} from '#core/protocol.ts';
import type { Session } from '../auth/session.ts';
import { requireWarehouse } from '../auth/guard.ts';
import { ApiError } from '../http/api-error.ts';
import type { Logger } from '../http/logger.ts';
import type { OpLogTable } from '../store/schema.ts';
import type { Store, Trx } from '../store/store.ts';
import { countAppliedOpForKill, failsByHook } from '../test-hooks.ts';
import { applyOp } from './apply-op.ts';
import { ensureDevice, recordDeviceReport } from './devices.ts';
import { FeedBuffer } from './feed.ts';
import { isTransientDbError, OpRejection } from './rejection.ts';
import { opIdOf, storedOpId, storedPayload } from './op-log-row.ts';
import { storedResult } from './results.ts';
import { clampBaseVersion, servedVersion } from './served-version.ts';
import { UserCache } from './user-cache.ts';

/** What every op of one batch shares. */
interface Batch {
  trx: Trx;
  version: number;
  now: number;
  log: Logger;
  users: UserCache;
  memo: Map<string, unknown>;
  feed: FeedBuffer;
  /** Outcome rows, written together before commit (nothing in the batch reads them). */
  outcomes: OpLogTable[];
  /** OpIds already in the op log or earlier in this batch: a second use is refused (M7). */
  usedOpIds: Set<string>;
}

export async function push(
  store: Store,
  session: Session,
  req: PushRequest,
  log: Logger,
): Promise<PushResponse> {
  checkRequest(session, req);
  const now = Date.now();
  let committedVersion: number | null = null;
  const { results, lastSeq } = await store
    .write(async (trx) => {
      let lastSeq = (await ensureDevice(store, trx, session, req, now)).lastSeq;
      const served = await servedVersion(trx, req.deviceId, req.warehouseId);
      const firstNew = req.ops.find((o) => o.seq > lastSeq);
      const version =
        firstNew?.seq === lastSeq + 1 ? await store.nextVersion(trx, req.warehouseId) : null;
      const batch: Batch | null =
        version === null
          ? null
          : {
              trx,
              version,
              now,
              log,
              users: new UserCache(trx, session, req.deviceId, now),
              memo: new Map(),
              feed: new FeedBuffer(),
              outcomes: [],
              usedOpIds: await usedOpIds(trx, req.ops),
            };
      const results: OpResult[] = [];
      for (const op of req.ops) {
        if (op.seq <= lastSeq) {
          results.push(await duplicateOf(trx, op));
          continue;
        }
        if (op.seq > lastSeq + 1 || !batch) {
          results.push({ seq: op.seq, opId: op.opId, status: 'gap', expectedSeq: lastSeq + 1 });
          break;
        }
        results.push(await applyInSavepoint(batch, clampBaseVersion(op, served)));
        lastSeq = op.seq;
      }
      if (batch) {
        await batch.feed.flush({ trx, warehouseId: req.warehouseId, version: batch.version });
        for (let i = 0; i < batch.outcomes.length; i += 100) {
          await trx
            .insertInto('op_log')
            .values(batch.outcomes.slice(i, i + 100))
            .execute();
        }
      }
      await recordDeviceReport(trx, req.deviceId, {
        lastSeq,
        report: req.report,
        now,
        pushed: true,
      });
      committedVersion = version;
      return { results, lastSeq };
    })
    .catch(raceForOpId);
  if (committedVersion !== null) await store.notify(req.warehouseId, committedVersion);
  return { protocol: PROTOCOL_VERSION, serverTime: now, lastSeq, results };
}

/** Two devices pushing one op id at the same moment: the loser resends and is told (M7). */
function raceForOpId(err: unknown): never {
  const code = (err as { code?: unknown }).code;
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') {
    throw new ApiError(
      503,
      ErrorCode.UNAVAILABLE,
      'Another push used one of these op ids at the same moment; send again',
    );
  }
  throw err;
}

function checkRequest(session: Session, req: PushRequest): void {
  if (req.protocol !== PROTOCOL_VERSION) {
    throw new ApiError(
      400,
      ErrorCode.PROTOCOL_UNSUPPORTED,
      `Protocol ${req.protocol} is not supported; this server speaks ${PROTOCOL_VERSION}`,
    );
  }
  requireWarehouse(session.user, req.warehouseId);
  let prev = 0;
  for (const op of req.ops) {
    if (op.deviceId !== req.deviceId || op.warehouseId !== req.warehouseId) {
      throw new ApiError(
        400,
        ErrorCode.BAD_REQUEST,
        `Op seq ${op.seq} belongs to another device or warehouse than the batch`,
      );
    }
    if (op.seq <= prev)
      throw new ApiError(
        400,
        ErrorCode.BAD_REQUEST,
        'Ops must be in ascending seq order without repeats',
      );
    prev = op.seq;
  }
}

async function applyInSavepoint(b: Batch, op: OpEnvelope): Promise<OpResult> {
  await sql`savepoint op`.execute(b.trx);
  let status: 'applied' | 'rejected' = 'applied';
  let code: string | null = null;
  let message: string | null = null;
  let exceptions: RaisedException[] = [];
  const parsed: { payload?: unknown } = {};
  const reused = b.usedOpIds.has(op.opId);
  b.usedOpIds.add(op.opId);
  try {
    if (reused) {
      throw new OpRejection(
        ErrorCode.OP_ID_REUSED,
        `Op id ${op.opId} was already used by another op; each op needs its own id`,
      );
    }
    if (failsByHook(op.type, op.payload)) throw new Error(`test hook: ${op.type} always fails`);
    const user = await b.users.get(op.userId);
    exceptions = await applyOp(
      {
        trx: b.trx,
        warehouseId: op.warehouseId,
        version: b.version,
        op,
        now: b.now,
        memo: b.memo,
        feed: b.feed,
      },
      user,
      parsed,
    );
    await sql`release savepoint op`.execute(b.trx);
    b.feed.keep();
  } catch (err) {
    await sql`rollback to savepoint op`.execute(b.trx);
    await sql`release savepoint op`.execute(b.trx);
    b.feed.drop();
    if (isTransientDbError(err)) throw err;
    status = 'rejected';
    if (err instanceof OpRejection) {
      code = err.code;
      message = err.message;
    } else {
      // A bug or a case no rule foresaw: reject this op so later ops still flow (F12).
      b.log.error({ err, opId: op.opId, type: op.type }, 'op failed');
      code = ErrorCode.OP_FAILED;
      message = `The server could not apply this ${op.type}: ${err instanceof Error ? err.message : String(err)}`;
    }
    message = boundedMessage(message);
  }
  b.outcomes.push({
    device_id: op.deviceId,
    seq: op.seq,
    op_id: reused ? storedOpId(op) : op.opId,
    type: op.type,
    v: op.v,
    user_id: op.userId,
    warehouse_id: op.warehouseId,
    device_at: op.at,
    received_at: b.now,
    base_version: op.baseVersion,
    payload: storedPayload(op.payload, parsed),
    status,
    code,
    message,
    version: status === 'applied' ? b.version : null,
    exceptions: exceptions.length ? JSON.stringify(exceptions) : null,
  });
  countAppliedOpForKill();
  return status === 'applied'
    ? {
        seq: op.seq,
        opId: op.opId,
        status,
        version: b.version,
        ...(exceptions.length ? { exceptions } : {}),
      }
    : { seq: op.seq, opId: op.opId, status, code: code!, message: message! };
}

/** A rejection's reason is for a person: a few lines, whatever the op held. */
const MAX_MESSAGE_CHARS = 500;
const boundedMessage = (m: string | null): string | null =>
  m !== null && m.length > MAX_MESSAGE_CHARS ? `${m.slice(0, MAX_MESSAGE_CHARS - 1)}…` : m;

/** The batch's opIds already in the op log (one indexed read for the whole batch). */
async function usedOpIds(trx: Trx, ops: readonly OpEnvelope[]): Promise<Set<string>> {
  const ids = [...new Set(ops.map((o) => o.opId))];
  const used = new Set<string>();
  for (let i = 0; i < ids.length; i += 100) {
    const rows = await trx
      .selectFrom('op_log')
      .select('op_id')
      .where('op_id', 'in', ids.slice(i, i + 100))
      .execute();
    for (const r of rows) used.add(r.op_id);
  }
  return used;
}

/** seq <= lastSeq: answer with the stored outcome; a different opId means two devices share an id. */
async function duplicateOf(trx: Trx, op: OpEnvelope): Promise<OpResult> {
  const row = await trx
    .selectFrom('op_log')
    .selectAll()
    .where('device_id', '=', op.deviceId)
    .where('seq', '=', op.seq)
    .executeTakeFirst();
  if (!row || opIdOf(row) !== op.opId) {
    return {
      seq: op.seq,
      opId: op.opId,
      status: 'rejected',
      code: ErrorCode.DEVICE_ID_CLASH,
      message: `Seq ${op.seq} of this device was already used by another op: two devices share one device id`,
    };
  }
  const stored = storedResult(row);
  return { ...stored, status: 'duplicate', original: stored.status as 'applied' | 'rejected' };
}
