// The worker's camera choices on this device (which camera, single or continuous), kept in
// localStorage beside the other device preferences.

export type CameraMode = 'single' | 'continuous';

export interface CameraPrefs {
  deviceId?: string;
  mode: CameraMode;
}

const KEY = 'floorsync.camera';

export function loadCameraPrefs(): CameraPrefs {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<CameraPrefs>;
    return { mode: saved.mode === 'continuous' ? 'continuous' : 'single', ...pick(saved) };
  } catch {
    return { mode: 'single' };
  }
}

const pick = (p: Partial<CameraPrefs>) =>
  typeof p.deviceId === 'string' && p.deviceId ? { deviceId: p.deviceId } : {};

export function saveCameraPrefs(prefs: CameraPrefs): void {
  localStorage.setItem(KEY, JSON.stringify(prefs));
}
