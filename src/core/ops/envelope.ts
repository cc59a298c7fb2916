// The op envelope: an immutable record of one thing a worker did on the floor.
// Order comes from `seq` (per device, 1, 2, 3... without gaps), never from `at`.
import { z } from 'zod';

export const opEnvelopeSchema = z.object({
  opId: z.uuid(),
  deviceId: z.string().min(8).max(64),
  seq: z.number().int().min(1),
  type: z.string().min(1).max(40),
  v: z.number().int().min(1),
  userId: z.string().min(1).max(64),
  warehouseId: z.string().min(1).max(40),
  /** Device clock in ms since the epoch: informational only. */
  at: z.number().int(),
  /** The server version the device had applied when it recorded the op. */
  baseVersion: z.number().int().min(0),
  payload: z.unknown(),
});
export type OpEnvelope = z.infer<typeof opEnvelopeSchema>;

/** How the barcode behind an op was captured, kept for audit. */
export const scanRecordSchema = z.object({
  text: z.string().max(200),
  source: z.enum(['camera', 'wedge', 'typed']),
});
export type ScanRecord = z.infer<typeof scanRecordSchema>;
