// The viewfinder's top bar: close, torch (only where the camera has one), camera picker (only
// with more than one camera), and one scan / keep scanning.
import { useT } from '../../app/use-t.ts';
import type { CameraPrefs } from './camera-prefs.ts';
import type { CameraInfo } from './camera-stream.ts';

export function CameraControls(props: {
  prefs: CameraPrefs;
  cameras: CameraInfo[];
  /** null: no torch on this camera. */
  torch: boolean | null;
  onPrefs: (p: CameraPrefs) => void;
  onTorch: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const { prefs } = props;
  return (
    <div className="camera-top">
      <button
        className="btn camera-btn"
        data-testid="camera-close"
        aria-label={t('camera.close')}
        onClick={props.onClose}
      >
        ✕
      </button>
      {props.torch !== null && (
        <button
          className={`btn camera-btn${props.torch ? ' primary' : ''}`}
          aria-pressed={props.torch}
          data-testid="camera-torch"
          onClick={props.onTorch}
        >
          {t('camera.torch')}
        </button>
      )}
      {props.cameras.length > 1 && (
        <select
          className="camera-pick"
          aria-label={t('camera.pick')}
          data-testid="camera-pick"
          value={prefs.deviceId ?? ''}
          onChange={(e) => props.onPrefs({ ...prefs, deviceId: e.target.value || undefined })}
        >
          <option value="">{t('camera.pick')}</option>
          {props.cameras.map((c) => (
            <option key={c.deviceId} value={c.deviceId}>
              {c.label}
            </option>
          ))}
        </select>
      )}
      <button
        className="btn camera-btn"
        data-testid="camera-mode"
        data-mode={prefs.mode}
        onClick={() =>
          props.onPrefs({ ...prefs, mode: prefs.mode === 'single' ? 'continuous' : 'single' })
        }
      >
        {prefs.mode === 'single' ? t('camera.single') : t('camera.continuous')}
      </button>
    </div>
  );
}
