// The camera viewfinder: full screen over the task, with the region of interest, a guide line,
// torch, camera picker and single/continuous mode. Loaded with React.lazy when the camera opens,
// so none of this (nor any decoder) is in the app shell. Reads become ordinary scans.
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../app/use-t.ts';
import { emitScan } from '../scanner.ts';
import type { DecodedBarcode } from '../engines/engine.ts';
import { CameraControls } from './CameraControls.tsx';
import { loadCameraPrefs, saveCameraPrefs, type CameraPrefs } from './camera-prefs.ts';
import { CameraSession, type CameraState } from './camera-session.ts';
import { listCameras, setTorch, type CameraInfo } from './camera-stream.ts';
import { boxShares } from './region.ts';
import { RepeatFilter } from './repeat-filter.ts';
import './camera.css';

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

export default function CameraScanner(props: { onClose: () => void; onType: () => void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const session = useRef<CameraSession | null>(null);
  const [state, setState] = useState<CameraState>({ kind: 'starting' });
  const [prefs, setPrefs] = useState<CameraPrefs>(loadCameraPrefs);
  const [cameras, setCameras] = useState<CameraInfo[]>([]);
  const [torch, setTorchOn] = useState(false);
  const [last, setLast] = useState('');
  // The region of interest is drawn over the picture itself, whatever its shape.
  const [aspect, setAspect] = useState(16 / 9);
  const [box, setBox] = useState(() => boxShares(1280, 720));
  const onSize = () => {
    const v = video.current;
    if (!v?.videoWidth || !v.videoHeight) return;
    setAspect(v.videoWidth / v.videoHeight);
    setBox(boxShares(v.videoWidth, v.videoHeight));
  };
  const live = useRef({ prefs, onClose: props.onClose });
  useEffect(() => {
    live.current = { prefs, onClose: props.onClose };
  });

  useEffect(() => {
    const filter = new RepeatFilter();
    const read = (b: DecodedBarcode, at: number) => {
      if (!filter.accept(b.text, at)) return;
      setLast(b.text);
      emitScan({
        text: b.text,
        // The format name, not ]E0: it tells UPC-A (12 printed digits) from EAN-13.
        symbology: b.isGs1 ? b.symbologyId : b.format,
        source: 'camera',
        at,
      });
      if (live.current.prefs.mode === 'single') live.current.onClose();
    };
    const s = new CameraSession(video.current!, {
      state: (next) => {
        setState(next);
        // Labels are readable only once the camera is allowed.
        if (next.kind === 'running') void listCameras().then(setCameras);
      },
      read,
    });
    session.current = s;
    void s.start(live.current.prefs.deviceId);
    return () => {
      s.close();
      session.current = null;
    };
  }, []);

  const change = (next: CameraPrefs) => {
    setPrefs(next);
    saveCameraPrefs(next);
    if (next.deviceId !== prefs.deviceId) {
      setTorchOn(false);
      void session.current?.start(next.deviceId);
    }
  };
  const toggleTorch = () => {
    const track = session.current?.track;
    if (!track) return;
    setTorch(track, !torch).then(
      () => setTorchOn(!torch),
      () => setTorchOn(false),
    );
  };

  // A portal: the viewfinder covers the screen and stays out of the scan bar's form.
  return createPortal(
    <div className="camera" data-testid="camera-view" data-state={state.kind}>
      <div className="camera-frame" style={{ '--ar': aspect } as CSSProperties}>
        <video
          ref={video}
          className="camera-video"
          muted
          playsInline
          autoPlay
          onLoadedMetadata={onSize}
          onResize={onSize}
        />
        <div
          className="camera-roi"
          aria-hidden="true"
          style={{
            left: pct(box.left),
            top: pct(box.top),
            width: pct(box.width),
            height: pct(box.height),
          }}
        >
          <div className="camera-guide" />
        </div>
      </div>
      <CameraControls
        prefs={prefs}
        cameras={cameras}
        torch={state.kind === 'running' && state.torch ? torch : null}
        onPrefs={change}
        onTorch={toggleTorch}
        onClose={props.onClose}
      />
      <div className="camera-bottom">
        {state.kind === 'problem' ? (
          <div className="camera-problem" role="alert" data-testid="camera-problem">
            <p data-problem={state.problem}>
              {t(`camera.${state.problem}`, { detail: state.detail })}
            </p>
            <div className="row">
              <button className="btn primary" data-testid="camera-type" onClick={props.onType}>
                {t('camera.typeInstead')}
              </button>
              {state.problem !== 'none' && (
                <button className="btn" onClick={() => void session.current?.start(prefs.deviceId)}>
                  {t('camera.retry')}
                </button>
              )}
            </div>
          </div>
        ) : (
          <>
            <p className="camera-hint">
              {state.kind === 'starting'
                ? t('camera.starting')
                : state.kind === 'paused'
                  ? t('camera.paused')
                  : t('camera.hint')}
            </p>
            {last && (
              <p className="camera-last" data-testid="camera-last">
                {last}
              </p>
            )}
          </>
        )}
      </div>
    </div>,
    document.body,
  );
}
