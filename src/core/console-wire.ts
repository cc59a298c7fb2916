// What the supervisor console's API answers with, shared by the server that builds it and the
// console screen that reads it.

export interface ConsoleDevice {
  id: string;
  userId: string;
  userName: string;
  appVersion: string;
  firstSeenAt: number;
  lastSeenAt: number;
  lastPushAt: number | null;
  lastSeq: number;
  pendingCount: number;
  oldestPendingAt: number | null;
  clockOffsetMs: number;
  storageUsed: number | null;
  storageQuota: number | null;
  lastError: string | null;
  revokedAt: number | null;
  /** The name a supervisor gave the device, or null. */
  label: string | null;
  online: boolean;
  /**
   * At risk: silent longer than the stale time during the shift, whatever its last count (the
   * count is only what it held when last heard from, at `lastSeenAt`).
   */
  stale: boolean;
}

export interface ConsoleException {
  id: string;
  kind: string;
  status: string;
  at: number;
  message: string;
  said: Record<string, unknown>;
  believed: Record<string, unknown>;
  ref: string | null;
  opId: string | null;
  deviceId: string | null;
  userId: string | null;
  userName: string | null;
  assignedTo: string | null;
  resolvedBy: string | null;
  resolvedAt: number | null;
  resolution: string | null;
  note: string | null;
  /** Whether this kind carries a decision to approve (a count variance). */
  approvable: boolean;
  /** The item it is about (the first, for a count of several), its description, the place. */
  sku: string | null;
  description: string | null;
  location: string | null;
  /** Units in question and their value (unit value × units, summed over items). */
  units: number;
  value: number;
  assignedName: string | null;
  resolvedByName: string | null;
}

/** One page of the queue: `total` matched the filter, `exceptions` is offset..offset+limit. */
export interface ExceptionPage {
  exceptions: ConsoleException[];
  total: number;
  offset: number;
  limit: number;
}

/**
 * At risk: not revoked, silent past the stale time, and either within the shift or holding ops
 * when last heard from. Server and console apply the same rule (the console as time passes).
 */
export function atRisk(
  timing: { staleMs: number; shiftMs: number },
  d: { revokedAt: number | null; pendingCount: number },
  silentMs: number,
): boolean {
  if (d.revokedAt !== null || silentMs <= timing.staleMs) return false;
  return d.pendingCount > 0 || silentMs <= timing.shiftMs;
}
