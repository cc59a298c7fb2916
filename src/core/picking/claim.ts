// Who may claim a pick list, and what a claim that lost means. The first claim the server
// applies wins; a device whose claim lost learns it from the list row on its next sync.
import type { PickList } from './entities.ts';

export type ClaimVerdict =
  { ok: true; already: boolean } | { ok: false; why: 'complete' | 'assigned' | 'taken' };

export function judgeClaim(
  list: Pick<PickList, 'status' | 'assignedTo' | 'claimedBy' | 'claimedDevice'>,
  by: { userId: string; deviceId: string; office: boolean },
): ClaimVerdict {
  if (list.status === 'complete') return { ok: false, why: 'complete' };
  if (list.claimedDevice === by.deviceId && list.claimedBy === by.userId)
    return { ok: true, already: true };
  if (list.claimedBy !== null) return { ok: false, why: 'taken' };
  // An assigned list is that picker's; a supervisor may still take it over.
  if (list.assignedTo !== null && list.assignedTo !== by.userId && !by.office)
    return { ok: false, why: 'assigned' };
  return { ok: true, already: false };
}

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
