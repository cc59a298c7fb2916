// The op envelope: an immutable record of one thing a worker did on the floor.
// Order comes from `seq` (per device, 1, 2, 3... without gaps), never from `at`.
import { z } from 'zod';
import { safeInt, text } from '../fields.ts';

export const opEnvelopeSchema = z.object({
  opId: z.uuid(),
  deviceId: text(64).min(8),
  seq: z.number().int().min(1),
  type: text(40).min(1),
  v: z.number().int().min(1),
  userId: text(64).min(1),
  warehouseId: text(40).min(1),
  /** Device clock in ms since the epoch: informational only. */
  at: safeInt(),
  /** The server version the device had applied when it recorded the op. */
  baseVersion: z.number().int().min(0),
  payload: z.unknown(),
});
export type OpEnvelope = z.infer<typeof opEnvelopeSchema>;

/** How the barcode behind an op was captured, kept for audit. */
export const scanRecordSchema = z.object({
  text: text(200),
  source: z.enum(['camera', 'wedge', 'typed']),
});
export type ScanRecord = z.infer<typeof scanRecordSchema>;
