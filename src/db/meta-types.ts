// Rows of the meta table, one per key.
import type { SessionUser } from '#core/protocol.ts';

export interface DeviceMeta {
  key: 'device';
  deviceId: string;
  /** Secret that proves the device id is this device's at sign-in; never synced. Devices made
   * before it existed get one at their next sign-in. */
  deviceKey?: string;
  nextSeq: number;
  createdAt: number;
}

export interface SyncMeta {
  key: 'sync';
  warehouseId: string | null;
  epoch: string | null;
  cursor: string | null;
  /** The server version the base tables reflect; 0 before the first snapshot completes. */
  baseVersion: number;
  resultsAfter: number;
  snapshot: { done: number; total: number } | null;
  lastSyncedAt: number | null;
  /** Server clock minus device clock, from the last answer. */
  clockOffsetMs: number | null;
}

export interface SessionMeta {
  key: 'session';
  token: string;
  expiresAt: number;
  user: SessionUser;
  warehouseId: string;
}

export type SyncState = 'offline' | 'syncing' | 'idle' | 'error' | 'signed-out';

export interface StatusMeta {
  key: 'status';
  state: SyncState;
  errorCode: string | null;
  errorMessage: string | null;
  at: number;
}

export type MetaRow = DeviceMeta | SyncMeta | SessionMeta | StatusMeta | VerifierMeta;

/**
 * A password verifier for signing in offline on this device (key `verifier:<username>`): a
 * PBKDF2-SHA-256 key from the password and a random salt, never the password. Written at each
 * online sign-in; wiped after too many wrong tries or when it expires (docs/picking.md K14).
 */
export interface VerifierMeta {
  key: `verifier:${string}`;
  username: string;
  user: SessionUser;
  warehouseId: string;
  salt: string;
  hash: string;
  iterations: number;
  failures: number;
  expiresAt: number;
}
