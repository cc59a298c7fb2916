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
