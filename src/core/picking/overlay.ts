// Pick lists and lines as the device shows them: synced rows with this device's waiting pick
// ops folded on top by the same fold the server applies (P15).
import type { PendingOp } from '../overlay.ts';
import {
  pickClaimPayloadV1,
  pickCompletePayloadV1,
  pickLinePayloadV1,
  pickShortPayloadV1,
} from '../ops/picking.ts';
import {
  pickAssignPayloadV1,
  pickDeferPayloadV1,
  pickReleasePayloadV1,
} from '../ops/picking-continuity.ts';
import { assigned, released } from './claim.ts';
import { pickLineKey, type PickLine, type PickList } from './entities.ts';
import { applyPick, applyShort } from './progress.ts';

export function overlayPickLines(
  base: readonly PickLine[],
  ops: readonly (PendingOp & { userId?: string })[],
  list?: string,
): PickLine[] {
  const lines = new Map(base.map((l) => [l.key, l]));
  for (const op of ops) {
    if (op.v !== 1) continue;
    if (op.type === 'pick.line') {
      const p = pickLinePayloadV1.safeParse(op.payload);
      if (!p.success || (list !== undefined && p.data.list !== list)) continue;
      const key = pickLineKey(p.data.list, p.data.line);
      const line = lines.get(key);
      if (line) lines.set(key, applyPick(line, p.data.qty, p.data.lot));
    } else if (op.type === 'pick.short') {
      const p = pickShortPayloadV1.safeParse(op.payload);
      if (!p.success || (list !== undefined && p.data.list !== list)) continue;
      const key = pickLineKey(p.data.list, p.data.line);
      const line = lines.get(key);
      if (line) lines.set(key, applyShort(line, p.data.reason));
    } else if (op.type === 'pick.defer') {
      const p = pickDeferPayloadV1.safeParse(op.payload);
      if (!p.success || (list !== undefined && p.data.list !== list)) continue;
      const key = pickLineKey(p.data.list, p.data.line);
      const line = lines.get(key);
      if (line?.status === 'open')
        lines.set(key, { ...line, deferReason: p.data.reason, deferredBy: op.userId ?? null });
    }
  }
  return [...lines.values()];
}

/**
 * A waiting claim shows the list as this picker's (also one this user holds on another device:
 * a takeover, K8); a waiting release or reassignment shows it given back (K9); a waiting
 * completion shows it complete.
 */
export function overlayPickList(
  list: PickList,
  ops: readonly (PendingOp & { at?: number; userId?: string })[],
  me: { userId: string; deviceId: string },
): PickList {
  let out = list;
  for (const op of ops) {
    if (op.v !== 1) continue;
    if (op.type === 'pick.claim') {
      const p = pickClaimPayloadV1.safeParse(op.payload);
      const free = out.claimedBy === null || out.claimedBy === me.userId;
      if (p.success && p.data.list === list.number && free && out.status !== 'complete')
        out = {
          ...out,
          status: 'claimed',
          claimedBy: me.userId,
          claimedDevice: me.deviceId,
          claimedAt: op.at ?? null,
        };
    } else if (op.type === 'pick.complete') {
      const p = pickCompletePayloadV1.safeParse(op.payload);
      if (p.success && p.data.list === list.number && out.status !== 'complete')
        out = { ...out, status: 'complete', completedBy: me.userId, completedAt: op.at ?? null };
    } else if (op.type === 'pick.release') {
      const p = pickReleasePayloadV1.safeParse(op.payload);
      if (p.success && p.data.list === list.number && out.status !== 'complete')
        if (out.claimedBy !== null) out = released(out, me.userId, op.at ?? 0);
    } else if (op.type === 'pick.assign') {
      const p = pickAssignPayloadV1.safeParse(op.payload);
      if (p.success && p.data.list === list.number && out.status !== 'complete')
        out = assigned(out, p.data.to, me.userId, op.at ?? 0);
    }
  }
  return out;
}
