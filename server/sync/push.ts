// POST /api/sync/push: each op, in seq order, in its own savepoint inside one transaction per
// batch, together with its outcome row and the device's lastSeq (rules P1-P6, P9).
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
import { loadUser, type UserInfo } from '../auth/users.ts';
import { requireWarehouse } from '../auth/guard.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store, Trx } from '../store/store.ts';
import { countAppliedOpForKill, failsByHook } from '../test-hooks.ts';
import { applyOp } from './apply-op.ts';
import { recordDeviceReport, ensureDevice } from './devices.ts';
import { storedResult } from './results.ts';
import { isTransientDbError, OpRejection } from './rejection.ts';
import type { Logger } from '../http/logger.ts';

export async function push(
  store: Store,
  session: Session,
  req: PushRequest,
  log: Logger,
): Promise<PushResponse> {
  checkRequest(session, req);
  const now = Date.now();
  let committedVersion: number | null = null;
  const { results, lastSeq } = await store.write(async (trx) => {
    const device = await ensureDevice(store, trx, session, req, now);
    let lastSeq = device.lastSeq;
    const firstNew = req.ops.find((o) => o.seq > lastSeq);
    const version =
      firstNew?.seq === lastSeq + 1 ? await store.nextVersion(trx, req.warehouseId) : null;
    const users = new UserCache(trx, session, req.deviceId);
    const results: OpResult[] = [];
    for (const op of req.ops) {
      if (op.seq <= lastSeq) {
        results.push(await duplicateOf(trx, op));
        continue;
      }
      if (op.seq > lastSeq + 1 || version === null) {
        results.push({ seq: op.seq, opId: op.opId, status: 'gap', expectedSeq: lastSeq + 1 });
        break;
      }
      results.push(await applyInSavepoint(trx, op, version, users, now, log));
      lastSeq = op.seq;
    }
    await recordDeviceReport(trx, req.deviceId, { lastSeq, report: req.report, now, pushed: true });
    committedVersion = version;
    return { results, lastSeq };
  });
  if (committedVersion !== null) await store.notify(req.warehouseId, committedVersion);
  return { protocol: PROTOCOL_VERSION, serverTime: now, lastSeq, results };
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

async function applyInSavepoint(
  trx: Trx,
  op: OpEnvelope,
  version: number,
  users: UserCache,
  now: number,
  log: Logger,
): Promise<OpResult> {
  await sql`savepoint op`.execute(trx);
  let status: 'applied' | 'rejected' = 'applied';
  let code: string | null = null;
  let message: string | null = null;
  let exceptions: RaisedException[] = [];
  try {
    if (failsByHook(op.type, op.payload)) throw new Error(`test hook: ${op.type} always fails`);
    const user = await users.get(op.userId);
    exceptions = await applyOp({ trx, warehouseId: op.warehouseId, version, op, now }, user);
    await sql`release savepoint op`.execute(trx);
  } catch (err) {
    await sql`rollback to savepoint op`.execute(trx);
    await sql`release savepoint op`.execute(trx);
    if (isTransientDbError(err)) throw err;
    status = 'rejected';
    if (err instanceof OpRejection) {
      code = err.code;
      message = err.message;
    } else {
      // A bug or a case no rule foresaw: reject this op so later ops still flow (F12).
      log.error({ err, opId: op.opId, type: op.type }, 'op failed');
      code = ErrorCode.OP_FAILED;
      message = `The server could not apply this ${op.type}: ${err instanceof Error ? err.message : String(err)}`;
    }
  }
  await trx
    .insertInto('op_log')
    .values({
      device_id: op.deviceId,
      seq: op.seq,
      op_id: op.opId,
      type: op.type,
      v: op.v,
      user_id: op.userId,
      warehouse_id: op.warehouseId,
      device_at: op.at,
      received_at: now,
      base_version: op.baseVersion,
      payload: JSON.stringify(op.payload ?? null),
      status,
      code,
      message,
      version: status === 'applied' ? version : null,
      exceptions: exceptions.length ? JSON.stringify(exceptions) : null,
    })
    .execute();
  countAppliedOpForKill();
  return status === 'applied'
    ? { seq: op.seq, opId: op.opId, status, version, ...(exceptions.length ? { exceptions } : {}) }
    : { seq: op.seq, opId: op.opId, status, code: code!, message: message! };
}

/** seq <= lastSeq: answer with the stored outcome; a different opId means two devices share an id. */
async function duplicateOf(trx: Trx, op: OpEnvelope): Promise<OpResult> {
  const row = await trx
    .selectFrom('op_log')
    .selectAll()
    .where('device_id', '=', op.deviceId)
    .where('seq', '=', op.seq)
    .executeTakeFirst();
  if (!row || row.op_id !== op.opId) {
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

/** Who may an op be attributed to: the signed-in user, or anyone who signed in on this device. */
class UserCache {
  private readonly cache = new Map<string, UserInfo>();
  constructor(
    private readonly trx: Trx,
    private readonly session: Session,
    private readonly deviceId: string,
  ) {}

  async get(userId: string): Promise<UserInfo> {
    if (userId === this.session.user.id) return this.session.user;
    const cached = this.cache.get(userId);
    if (cached) return cached;
    const signedInHere = await this.trx
      .selectFrom('sessions')
      .select('id')
      .where('device_id', '=', this.deviceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!signedInHere) {
      throw new OpRejection(
        ErrorCode.USER_NOT_ON_DEVICE,
        `User ${userId} never signed in on device ${this.deviceId}`,
      );
    }
    const user = await loadUser(this.trx, userId);
    if (!user) throw new OpRejection(ErrorCode.UNKNOWN_USER, `No user ${userId}`);
    this.cache.set(userId, user);
    return user;
  }
}
