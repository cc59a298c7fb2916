// Who may claim, release or hand over a pick list, and what a claim that lost means. The first
// claim the server applies wins; the same user on another device takes their own list over
// (K8); a device whose claim lost learns it from the list row on its next sync.
import type { PickList } from './entities.ts';

export type ClaimVerdict =
  | { ok: true; already: boolean; takeover: boolean }
  | { ok: false; why: 'complete' | 'assigned' | 'taken' };

export function judgeClaim(
  list: Pick<PickList, 'status' | 'assignedTo' | 'claimedBy' | 'claimedDevice'>,
  by: { userId: string; deviceId: string; office: boolean },
): ClaimVerdict {
  if (list.status === 'complete') return { ok: false, why: 'complete' };
  if (list.claimedBy === by.userId)
    return list.claimedDevice === by.deviceId
      ? { ok: true, already: true, takeover: false }
      : { ok: true, already: false, takeover: true };
  if (list.claimedBy !== null) return { ok: false, why: 'taken' };
  // An assigned list is that picker's; a supervisor may still take it over.
  if (list.assignedTo !== null && list.assignedTo !== by.userId && !by.office)
    return { ok: false, why: 'assigned' };
  return { ok: true, already: false, takeover: false };
}

export type ReleaseVerdict =
  { ok: true; change: boolean } | { ok: false; why: 'not_holder' | 'complete' };

/**
 * K9: the holder releases their own list from the device that holds it; a supervisor or admin
 * releases any list, wherever its device is. A release from a device the claim has since moved
 * away from (the same user took it over elsewhere), or of a list nobody holds, changes nothing.
 */
export function judgeRelease(
  list: Pick<PickList, 'status' | 'claimedBy' | 'claimedDevice'>,
  by: { userId: string; deviceId: string; office: boolean },
): ReleaseVerdict {
  if (list.status === 'complete') return by.office ? { ok: false, why: 'complete' } : ok(false);
  if (list.claimedBy === null) return ok(false);
  if (by.office) return ok(true);
  if (list.claimedBy !== by.userId) return { ok: false, why: 'not_holder' };
  return ok(list.claimedDevice === by.deviceId);
}
const ok = (change: boolean): ReleaseVerdict => ({ ok: true, change });

/** The list row after a release: open again, its lines and picks untouched. */
export const released = <L extends PickList>(list: L, by: string, at: number): L => ({
  ...list,
  status: 'open',
  claimedBy: null,
  claimedDevice: null,
  claimedAt: null,
  releasedBy: by,
  releasedAt: at,
});

/**
 * The list row after a supervisor hands it to `to` (null: anyone). A claim by anybody else ends
 * (their picks stay); a claim by the new assignee stays.
 */
export const assigned = <L extends PickList>(list: L, to: string | null, by: string, at: number) =>
  list.claimedBy !== null && list.claimedBy !== to
    ? { ...released(list, by, at), assignedTo: to }
    : { ...list, assignedTo: to };

/** This device's claim lost: the server gave the list to another device. */
export const claimLost = (
  list: Pick<PickList, 'claimedDevice'>,
  deviceId: string,
  claimedHere: boolean,
): boolean => claimedHere && list.claimedDevice !== null && list.claimedDevice !== deviceId;

/**
 * Who may short a line of a list or complete it: the device holding the claim, or an office
 * role (supervisor, admin). Another picker's shorts would empty a list they never walked.
 */
export const mayCloseOut = (
  list: Pick<PickList, 'claimedDevice'>,
  by: { deviceId: string; office: boolean },
): boolean => by.office || (list.claimedDevice !== null && list.claimedDevice === by.deviceId);
