// The wire contract between device and server: one schema and inferred type per message.
// docs/protocol.md explains the rules (P1, P2, ...) these messages carry.
import { z } from 'zod';
import { safeInt, text } from './fields.ts';
import { opEnvelopeSchema } from './ops/envelope.ts';

/**
 * Protocol version history:
 * 1 - push/pull with per-op outcomes, version feed with snapshot paging, device reports.
 */
export const PROTOCOL_VERSION = 1;

export const MAX_PUSH_OPS = 500;
export const MAX_PULL_LIMIT = 5000;

/** What a device tells the server about itself with every push, pull and heartbeat. */
export const deviceReportSchema = z.object({
  appVersion: text(40),
  pendingCount: safeInt().min(0),
  oldestPendingAt: safeInt().nullable(),
  /** Bytes, as navigator.storage.estimate() rounds them: whole numbers. */
  storageUsed: safeInt().min(0).nullable(),
  storageQuota: safeInt().min(0).nullable(),
  lastError: text(300).nullable(),
  /** Device clock when the request was sent, to estimate its offset. */
  sentAt: safeInt(),
});
export type DeviceReport = z.infer<typeof deviceReportSchema>;

export const pushRequestSchema = z.object({
  protocol: z.number().int(),
  deviceId: text(64).min(8),
  warehouseId: text(40).min(1),
  report: deviceReportSchema,
  ops: z.array(opEnvelopeSchema).max(MAX_PUSH_OPS),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const raisedExceptionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  message: z.string(),
});
export type RaisedException = z.infer<typeof raisedExceptionSchema>;

/** The stored outcome of one op. `duplicate` answers carry the stored outcome again. */
export const opResultSchema = z.object({
  seq: z.number().int(),
  opId: z.string(),
  status: z.enum(['applied', 'rejected', 'duplicate', 'gap']),
  /** For duplicates: what happened the first time. */
  original: z.enum(['applied', 'rejected']).optional(),
  /** Server version at which the op's effects were committed. */
  version: z.number().int().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
  exceptions: z.array(raisedExceptionSchema).optional(),
  expectedSeq: z.number().int().optional(),
});
export type OpResult = z.infer<typeof opResultSchema>;

export const pushResponseSchema = z.object({
  protocol: z.number().int(),
  serverTime: z.number().int(),
  lastSeq: z.number().int(),
  results: z.array(opResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  protocol: z.number().int(),
  deviceId: text(64).min(8),
  warehouseId: text(40).min(1),
  /** Opaque; null on a fresh device. */
  cursor: text(300).nullable(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).optional(),
  /** The highest seq whose outcome the device has recorded. */
  resultsAfter: z.number().int().min(0),
  report: deviceReportSchema,
  /** This device packs cartons: top up its SSCC serial ranges with this pull (docs/shipping.md
   * S2). Only such devices get ranges, so a pull by any other device writes nothing. */
  sscc: z.boolean().optional(),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

/** One changed row: entity, key, version, deleted flag, row. */
export const feedRowSchema = z.object({
  e: z.string(),
  k: z.string(),
  v: z.number().int(),
  d: z.literal(1).optional(),
  r: z.unknown().optional(),
});
export type FeedRow = z.infer<typeof feedRowSchema>;

export const pullResponseSchema = z.object({
  protocol: z.number().int(),
  epoch: z.string(),
  /** Drop every base row before applying this page: a snapshot starts over. */
  reset: z.boolean(),
  changes: z.array(feedRowSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
  /** The server version the device's base reflects once this page is applied; null mid-snapshot. */
  baseVersion: z.number().int().nullable(),
  snapshot: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  lastSeq: z.number().int(),
  results: z.array(opResultSchema),
  serverTime: z.number().int(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

/** A device's secret, made once on the device and never synced: it proves the device id is its own. */
export const deviceKeySchema = z.string().regex(/^[A-Za-z0-9_-]{32,128}$/);

export const loginRequestSchema = z
  .object({
    username: text(64).min(1),
    password: text(200).min(1),
    /** A floor device names itself and proves it with its key; the console signs in without. */
    deviceId: text(64).min(8).optional(),
    deviceKey: deviceKeySchema.optional(),
  })
  .refine((b) => (b.deviceId === undefined) === (b.deviceKey === undefined), {
    message: 'deviceId and deviceKey come together',
    path: ['deviceKey'],
  });

/** The device's poke stream: the warehouse it syncs and the device the session belongs to. */
export const eventsQuerySchema = z.object({
  warehouseId: text(40).min(1),
  deviceId: text(64).min(8),
  token: text(200).optional(),
});

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  warehouses: z.array(z.object({ id: z.string(), name: z.string() })),
  /** An administrator set the password: the device asks for a new one before any work. */
  mustChangePassword: z.boolean().optional(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.number().int(),
  user: sessionUserSchema,
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
