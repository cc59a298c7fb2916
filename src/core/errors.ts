// Machine error codes that cross the wire. The client turns each into a sentence in
// src/messages; the server never sends prose the device has to parse.

export const ErrorCode = {
  // request level
  BAD_REQUEST: 'BAD_REQUEST',
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  SESSION_EXPIRED: 'SESSION_EXPIRED',
  USER_DEACTIVATED: 'USER_DEACTIVATED',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  // administration bodies: which field is wrong
  INVALID_USERNAME: 'INVALID_USERNAME',
  INVALID_NAME: 'INVALID_NAME',
  INVALID_ROLES: 'INVALID_ROLES',
  INVALID_WAREHOUSE_ID: 'INVALID_WAREHOUSE_ID',
  INVALID_PASSWORD: 'INVALID_PASSWORD',
  REASON_REQUIRED: 'REASON_REQUIRED',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  NOTHING_TO_CHANGE: 'NOTHING_TO_CHANGE',
  BAD_CREDENTIALS: 'BAD_CREDENTIALS',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_ATTEMPTS',
  FORBIDDEN: 'FORBIDDEN',
  NOT_IN_WAREHOUSE: 'NOT_IN_WAREHOUSE',
  DEVICE_REVOKED: 'DEVICE_REVOKED',
  /** The request names a device the session was not signed in on. */
  DEVICE_NOT_SIGNED_IN: 'DEVICE_NOT_SIGNED_IN',
  /** Sign-in with a device id whose key is another device's. */
  DEVICE_KEY_MISMATCH: 'DEVICE_KEY_MISMATCH',
  PROTOCOL_UNSUPPORTED: 'PROTOCOL_UNSUPPORTED',
  BATCH_TOO_LARGE: 'BATCH_TOO_LARGE',
  IMPORT_INVALID: 'IMPORT_INVALID',
  CONFLICT: 'CONFLICT',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
  // op level (a rejected op carries one of these)
  OP_MALFORMED: 'OP_MALFORMED',
  OP_UNKNOWN_TYPE: 'OP_UNKNOWN_TYPE',
  OP_UNKNOWN_VERSION: 'OP_UNKNOWN_VERSION',
  ROLE_NOT_ALLOWED: 'ROLE_NOT_ALLOWED',
  UNKNOWN_USER: 'UNKNOWN_USER',
  USER_NOT_ON_DEVICE: 'USER_NOT_ON_DEVICE',
  UNKNOWN_ITEM: 'UNKNOWN_ITEM',
  UNKNOWN_LOCATION: 'UNKNOWN_LOCATION',
  UNKNOWN_DOCUMENT: 'UNKNOWN_DOCUMENT',
  INVALID_QUANTITY: 'INVALID_QUANTITY',
  DEVICE_ID_CLASH: 'DEVICE_ID_CLASH',
  OP_FAILED: 'OP_FAILED',
  /** A move out of quarantine to a location that is not quarantine: it needs a release (Q1). */
  QUARANTINE_HELD: 'QUARANTINE_HELD',
  LOT_HELD: 'LOT_HELD',
  /** A release from a location that is not quarantine. */
  NOT_IN_QUARANTINE: 'NOT_IN_QUARANTINE',
  /** The op's id was already used by another op (of this device or another). */
  OP_ID_REUSED: 'OP_ID_REUSED',
  // limits per user, session and device (finding M11)
  TOO_MANY_DEVICES: 'TOO_MANY_DEVICES',
  TOO_MANY_STREAMS: 'TOO_MANY_STREAMS',
  RATE_LIMITED: 'RATE_LIMITED',
  /** A picker released or handed over a pick list someone else holds (docs/picking.md K9). */
  NOT_LIST_HOLDER: 'NOT_LIST_HOLDER',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes worth retrying unchanged later: the server was busy or down, not the request wrong. */
export const retryableCodes: ReadonlySet<ErrorCode> = new Set([
  ErrorCode.UNAVAILABLE,
  ErrorCode.RATE_LIMITED,
]);

export interface ErrorBody {
  error: { code: ErrorCode; message: string; retryable: boolean; details?: unknown };
}
