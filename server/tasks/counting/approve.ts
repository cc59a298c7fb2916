// A supervisor's decision on a count variance: approve (post the adjustment with the reason and
// the approver), reject (with a reason, no stock change), or ask for another recount by someone
// who has not counted it yet. The API routes and the supervisor console both call this.
import { mayApprove } from '#core/counting/rules.ts';
import { ErrorCode } from '#core/errors.ts';
import type { UserInfo } from '../../auth/users.ts';
import { ApiError } from '../../http/api-error.ts';
import type { FeedWriter } from '../../sync/feed.ts';
import type { Store } from '../../store/store.ts';
import { resolveException } from './exceptions.ts';
import { requestRecount } from './tasks.ts';
import { loadTask } from './rows.ts';
import { varianceView, type VarianceView } from './variance-view.ts';
import { loadVariance, postVariance, updateVariance, VarianceStatus } from './variances.ts';

export type VarianceDecision =
  | { action: 'approve'; reason?: string }
  | { action: 'reject'; reason: string }
  | { action: 'recount'; reason?: string };

export interface DecisionResult {
  variance: VarianceView;
  movements: number;
  recountTask: string | null;
}

export interface DecisionRequest {
  varianceId: string;
  by: UserInfo;
  decision: VarianceDecision;
  at: number;
}

/** Which states each decision may be taken from. */
const allowedFrom: Record<VarianceDecision['action'], readonly string[]> = {
  approve: [VarianceStatus.approval],
  reject: [VarianceStatus.approval, VarianceStatus.recount],
  recount: [VarianceStatus.approval],
};

export async function applyVarianceDecision(
  w: FeedWriter,
  req: DecisionRequest,
): Promise<DecisionResult> {
  const { by, decision, at } = req;
  if (!mayApprove(by.roles))
    throw new ApiError(
      403,
      ErrorCode.FORBIDDEN,
      'Only a supervisor or an admin decides a count variance',
    );
  if (!by.warehouseIds.includes(w.warehouseId))
    throw new ApiError(
      403,
      ErrorCode.NOT_IN_WAREHOUSE,
      `You are not a member of warehouse ${w.warehouseId}`,
    );
  const reason = decision.reason?.trim() ?? '';
  if (decision.action === 'reject' && reason.length < 3)
    throw new ApiError(400, ErrorCode.BAD_REQUEST, 'A rejection needs a reason');
  const v = await loadVariance(w, req.varianceId);
  if (!v) throw new ApiError(404, ErrorCode.NOT_FOUND, `No count variance ${req.varianceId}`);
  if (!allowedFrom[decision.action].includes(v.status))
    throw new ApiError(
      409,
      ErrorCode.CONFLICT,
      `Count variance ${v.id} is ${v.status}: it cannot be ${decision.action === 'recount' ? 'sent for a recount' : `${decision.action}d`}`,
    );

  let movements = 0;
  let recountTask: string | null = null;
  const decided = { decided_by: by.id, decided_at: at, decision_reason: reason || null };
  if (decision.action === 'approve') {
    movements = await postVariance(w, v, {
      kind: 'count',
      reason: `Count of ${v.location} approved${reason ? `: ${reason}` : ''}`,
      approvedBy: by.id,
      opId: null,
      deviceId: null,
      userId: by.id,
      at,
    });
    await updateVariance(w, v.id, { ...decided, status: VarianceStatus.approved });
  } else if (decision.action === 'reject') {
    await updateVariance(w, v.id, { ...decided, status: VarianceStatus.rejected });
  } else {
    const task = v.task ? await loadTask(w, v.task) : undefined;
    recountTask = await requestRecount(w, {
      location: v.location,
      recountOf: v.id,
      notBy: [v.counted_by, ...(v.recount_by ? [v.recount_by] : [])],
      tolerance: task
        ? { kind: task.tolerance_kind as 'qty' | 'valuePct', value: Number(task.tolerance_value) }
        : null,
      note: reason || 'recount requested by a supervisor',
      by: by.id,
      at,
    });
    await updateVariance(w, v.id, { status: VarianceStatus.recount });
  }
  if (v.exception_id)
    await resolveException(w, v.exception_id, {
      by: by.id,
      resolution:
        decision.action === 'approve'
          ? 'approved'
          : decision.action === 'reject'
            ? 'rejected'
            : 'recount',
      note: reason || null,
      at,
    });
  const after = await loadVariance(w, v.id);
  return { variance: await varianceView(w, after!), movements, recountTask };
}

/** The same decision in its own transaction, with the version bump and the devices told. */
export async function decideVariance(
  store: Store,
  req: Omit<DecisionRequest, 'at'> & { warehouseId: string; at?: number },
): Promise<DecisionResult> {
  const { warehouseId } = req;
  const result = await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    const out = await applyVarianceDecision(
      { trx, warehouseId, version },
      { ...req, at: req.at ?? Date.now() },
    );
    return { out, version };
  });
  await store.notify(warehouseId, result.version);
  return result.out;
}
