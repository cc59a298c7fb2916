// Kysely table types for counting (migration 0005-counting). Arrays and lines are JSON text.
export interface CountTaskTable {
  warehouse_id: string;
  id: string;
  /** 'cycle' | 'recount' */
  kind: string;
  blind: number;
  assigned_to: string | null;
  due_date: string | null;
  /** 'qty' | 'valuePct' */
  tolerance_kind: string;
  tolerance_value: number;
  /** 'open' | 'done' | 'cancelled' */
  status: string;
  recount_of: string | null;
  /** JSON array of user ids who may not count this task. */
  not_by: string;
  note: string;
  created_by: string | null;
  created_at: number;
}

export interface CountTaskLocationTable {
  warehouse_id: string;
  task: string;
  location: string;
  walk_seq: number;
  /** 'pending' | 'counted' | 'moved' */
  status: string;
  counted_by: string | null;
  counted_at: number | null;
}

/** Every count.location op as it was judged. */
export interface CountObservationTable {
  op_id: string;
  warehouse_id: string;
  task: string | null;
  location: string;
  device_id: string;
  user_id: string;
  base_version: number;
  /** The version that applied it: a later move from a device that had not seen it disturbs it. */
  version: number;
  at: number;
  lines: string;
  empty: number;
  /** CountOutcome */
  outcome: string;
  variance_id: string | null;
  /** 1 once a later movement of another device showed stock moved during this count. */
  disturbed: number;
}

/** VarianceStatus in server/counting/variances.ts */
export interface CountVarianceTable {
  id: string;
  warehouse_id: string;
  task: string | null;
  location: string;
  status: string;
  /** JSON VarianceLine[] of the latest count or recount. */
  lines: string;
  counted_by: string;
  counted_at: number;
  count_op: string;
  recount_by: string | null;
  recount_at: number | null;
  recount_op: string | null;
  exception_id: string | null;
  decided_by: string | null;
  decided_at: number | null;
  decision_reason: string | null;
  version: number;
}

export interface CountingTables {
  count_tasks: CountTaskTable;
  count_task_locations: CountTaskLocationTable;
  count_observations: CountObservationTable;
  count_variances: CountVarianceTable;
}
