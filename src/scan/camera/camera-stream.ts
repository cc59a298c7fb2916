// Owns the camera stream: opens the rear camera at a useful resolution (or the one the worker
// picked), lists cameras, switches the torch, and always stops every track on close.

export interface CameraInfo {
  deviceId: string;
  label: string;
}

export interface OpenCamera {
  stream: MediaStream;
  track: MediaStreamTrack;
  torch: boolean;
  stop(): void;
}

/** 1280x720 reads small 1D codes at arm's length and still decodes in a few ms a frame. */
export function constraints(deviceId?: string): MediaStreamConstraints {
  return {
    audio: false,
    video: {
      ...(deviceId ? { deviceId: { exact: deviceId } } : { facingMode: { ideal: 'environment' } }),
      width: { ideal: 1280 },
      height: { ideal: 720 },
    },
  };
}

export async function openCamera(deviceId?: string): Promise<OpenCamera> {
  if (!navigator.mediaDevices?.getUserMedia) throw new TypeError('no mediaDevices');
  const stream = await navigator.mediaDevices.getUserMedia(constraints(deviceId));
  const track = stream.getVideoTracks()[0];
  const stop = () => {
    for (const t of stream.getTracks()) t.stop();
  };
  if (!track) {
    stop();
    throw new DOMException('no video track', 'NotFoundError');
  }
  const caps = (track.getCapabilities?.() ?? {}) as { torch?: boolean };
  return { stream, track, torch: caps.torch === true, stop };
}

export async function listCameras(): Promise<CameraInfo[]> {
  const devices = (await navigator.mediaDevices?.enumerateDevices?.()) ?? [];
  return devices
    .filter((d) => d.kind === 'videoinput')
    .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `#${i + 1}` }));
}

export async function setTorch(track: MediaStreamTrack, on: boolean): Promise<void> {
  // torch is not yet in the DOM typings' MediaTrackConstraintSet.
  await track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] });
}
