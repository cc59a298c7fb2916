// The console's document calls: receipts (list, one, close short), count tasks and the op log.
// Shapes mirror server/console/receipts.ts, count-tasks.ts and op-log.ts.
import { api } from '../../sync/api.ts';
import type { ConsoleConn } from './console-api.ts';

const base = (c: ConsoleConn) => `/api/console/warehouses/${encodeURIComponent(c.warehouseId)}`;

export interface ReceiptRow {
  number: string;
  supplier: string;
  dueDate: string;
  dock: string;
  status: string;
  expected: number;
  received: number;
  damaged: number;
  extra: number;
  shortLines: number;
  people: string[];
  lastAt: number | null;
  openExceptions: number;
  closeRequested: string | null;
  photos: number;
  closedAt: number | null;
  closedReason: string | null;
  closedBy: string | null;
}

export interface ReceiptDetailData {
  receipt: { number: string; supplier: string; status: string; closedByName: string | null };
  lines: {
    key: string;
    line: number | null;
    sku: string;
    expectedQty: number;
    receivedQty: number;
    damagedQty: number;
    scrapQty: number;
  }[];
  short: { line: number; sku: string; expected: number; received: number }[];
  exceptions: { id: string; kind: string; status: string; at: number; userName: string | null }[];
  photos: { id: string; sku: string; at: number }[];
}

export const getReceipts = (c: ConsoleConn, status: string) =>
  api<{ receipts: ReceiptRow[] }>(
    `${base(c)}/receipts?status=${encodeURIComponent(status)}`,
    undefined,
    c.token,
  );

export const getReceipt = (c: ConsoleConn, n: string) =>
  api<ReceiptDetailData>(`${base(c)}/receipts/${encodeURIComponent(n)}`, undefined, c.token);

export const closeShort = (c: ConsoleConn, n: string, reason: string) =>
  api<{ closed: boolean }>(
    `${base(c)}/receipts/${encodeURIComponent(n)}/close-short`,
    { reason },
    c.token,
  );

export interface CountTaskRow {
  id: string;
  kind: string;
  blind: boolean;
  status: string;
  dueDate: string | null;
  assignedName: string | null;
  locations: number;
  counted: number;
  moved: number;
  recount: number;
  approval: number;
  people: string[];
  lastAt: number | null;
  createdAt: number;
  note: string;
}

export interface CountTaskDetailData {
  task: CountTaskRow;
  locations: {
    location: string;
    status: string;
    countedBy: string | null;
    countedAt: number | null;
  }[];
  variances: {
    id: string;
    location: string;
    status: string;
    lines: { sku: string; lot: string; book: number; counted: number; delta: number }[];
    countedBy: string | null;
    recountBy: string | null;
    decidedBy: string | null;
    exceptionId: string | null;
  }[];
}

export const getCountTasks = (c: ConsoleConn, status: string) =>
  api<{ tasks: CountTaskRow[] }>(
    `${base(c)}/count-tasks?status=${encodeURIComponent(status)}`,
    undefined,
    c.token,
  );

export const getCountTask = (c: ConsoleConn, id: string) =>
  api<CountTaskDetailData>(`${base(c)}/count-tasks/${encodeURIComponent(id)}`, undefined, c.token);

export interface OpRow {
  opId: string;
  seq: number;
  type: string;
  userId: string;
  userName: string | null;
  deviceId: string;
  deviceLabel: string | null;
  at: number;
  receivedAt: number;
  status: string;
  code: string | null;
  exceptions: number;
  about: {
    sku?: string;
    location?: string;
    to?: string;
    qty?: number;
    document?: string;
    line?: number;
  };
}

export interface OpPage {
  total: number;
  offset: number;
  ops: OpRow[];
  types: string[];
}

export const getOps = (c: ConsoleConn, q: URLSearchParams) =>
  api<OpPage>(`${base(c)}/ops?${q.toString()}`, undefined, c.token);

/** Downloads the movements export for a time range (ms, server time). */
export async function downloadMovements(c: ConsoleConn, from: number | null, to: number | null) {
  const q = new URLSearchParams();
  if (from !== null) q.set('from', String(from));
  if (to !== null) q.set('to', String(to));
  const res = await fetch(`${base(c)}/exports/movements.csv?${q.toString()}`, {
    headers: { authorization: `Bearer ${c.token}` },
    cache: 'no-store',
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `movements-${c.warehouseId}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
