// What the console API answers (mirrors server/console/*: the server is not imported here).
export interface ConsoleTiming {
  heartbeatMs: number;
  onlineMs: number;
  staleMs: number;
}

export interface ConsoleDevice {
  id: string;
  userId: string;
  userName: string;
  appVersion: string;
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
  deviceId: string | null;
  userId: string | null;
  userName: string | null;
  assignedTo: string | null;
  resolvedBy: string | null;
  resolvedAt: number | null;
  resolution: string | null;
  note: string | null;
  approvable: boolean;
}

export interface SampleSeries {
  deviceId: string;
  points: { at: number; pending: number; oldestAgeMs: number | null }[];
}

export interface DocProgress {
  number: string;
  status: string;
  due: string;
  done: number;
  total: number;
  people: string[];
}

export interface Progress {
  since: number;
  receipts: DocProgress[];
  pickLists: DocProgress[];
  countTasks: DocProgress[];
  rates: {
    userId: string;
    userName: string;
    hours: { at: number; lines: number }[];
    total: number;
  }[];
}
