// Why the camera could not open, in the few kinds a worker can act on. getUserMedia reports
// DOMException names; an insecure page or an old browser has no mediaDevices at all.

export const CAMERA_PROBLEMS = ['denied', 'none', 'busy', 'unsupported', 'failed'] as const;
export type CameraProblem = (typeof CAMERA_PROBLEMS)[number];

export function cameraProblem(error: unknown): CameraProblem {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'none';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'failed';
  }
}
