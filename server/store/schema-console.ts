// Kysely table types for the supervisor console (migration 0006-console).

/** What a device held unsent, one row per device and minute (the most held in that minute). */
export interface DeviceSampleTable {
  device_id: string;
  /** floor(ms / 60,000) of the report. */
  minute: number;
  at: number;
  pending_count: number;
  oldest_pending_at: number | null;
}

/** The console's audit: every resolve, assign and revoke, with who and why. */
export interface ConsoleActionTable {
  id: string;
  warehouse_id: string;
  at: number;
  by_user: string;
  /** accept | approve | reject | recount | assign | revoke-device | revoke-sessions */
  action: string;
  /** exception | device | user */
  target_kind: string;
  target: string;
  reason: string | null;
  /** JSON: what the action changed (assignee, flagged locations, revoked sessions...). */
  data: string;
}

/** A supervisor's name for a device (migration 0010-console-devices). */
export interface DeviceLabelTable {
  device_id: string;
  label: string;
  set_by: string;
  set_at: number;
}

export interface ConsoleTables {
  device_samples: DeviceSampleTable;
  console_actions: ConsoleActionTable;
  device_labels: DeviceLabelTable;
}
