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
  online: boolean;
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
}
