// Every sync request names a device; it must be the device the session signed in on. Checked
// before anything is read or written, so a stranger's request can neither see that device's
// outcomes nor use up its seqs (which would make its real next scan look like an id clash).
import { ErrorCode } from '#core/errors.ts';
import type { Session } from '../auth/session.ts';
import { ApiError } from '../http/api-error.ts';

export function requireSessionDevice(session: Session, deviceId: string): void {
  if (session.deviceId === null) {
    throw new ApiError(
      403,
      ErrorCode.DEVICE_NOT_SIGNED_IN,
      'This session was not signed in on a device; sign in on the device to sync',
    );
  }
  if (session.deviceId !== deviceId) {
    throw new ApiError(
      403,
      ErrorCode.DEVICE_NOT_SIGNED_IN,
      'This session was signed in on another device',
    );
  }
}
