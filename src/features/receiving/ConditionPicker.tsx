// How the next scan is recorded when it is not simply good: damaged (to quarantine) or, for a
// return, scrap; with a reason and, if the receiver takes one, a photo from the camera.
import { useState } from 'react';
import { damageReasons, type Condition } from '#core/ops/receiving.ts';
import type { ReceiptType } from '#core/receiving/entities.ts';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { downscalePhoto } from './photo.ts';
import type { Mode } from './receive-flow.ts';

export function ConditionPicker(props: {
  type: ReceiptType;
  mode: Mode;
  onChange: (m: Mode) => void;
}) {
  const t = useT();
  const [photoError, setPhotoError] = useState<string | null>(null);
  const { mode, onChange } = props;
  const choices: Condition[] = ['good', 'damaged', 'scrap'];
  const label = (c: Condition) =>
    c === 'good'
      ? t(props.type === 'return' ? 'receive.resaleable' : 'receive.good')
      : t(c === 'damaged' ? 'receive.damaged' : 'receive.scrap');
  const takePhoto = async (file: File | undefined) => {
    if (!file) return;
    try {
      onChange({ ...mode, photo: await downscalePhoto(file) });
      setPhotoError(null);
    } catch (err) {
      const text = t('receive.photoFailed', { reason: err instanceof Error ? err.message : '' });
      setPhotoError(text);
      feedback('error', text);
    }
  };
  return (
    <section className={`condition card ${mode.condition}`} data-testid="condition-picker">
      {/* A purchase toggles damage from the footer; a return chooses its inspection outcome here. */}
      {props.type === 'return' && (
        <div className="segmented" role="radiogroup">
          {choices.map((c) => (
            <button
              key={c}
              role="radio"
              aria-checked={mode.condition === c}
              className={mode.condition === c ? 'on' : ''}
              data-testid={`condition-${c}`}
              onClick={() => onChange({ condition: c, reason: null, photo: null })}
            >
              {label(c)}
            </button>
          ))}
        </div>
      )}
      {mode.condition !== 'good' && (
        <>
          <div className="reasons" role="radiogroup" aria-label={t('receive.chooseReason')}>
            {damageReasons.map((r) => (
              <button
                key={r}
                role="radio"
                aria-checked={mode.reason === r}
                className={mode.reason === r ? 'on' : ''}
                data-testid={`reason-${r}`}
                onClick={() => onChange({ ...mode, reason: r })}
              >
                {t(`receive.reason.${r}`)}
              </button>
            ))}
          </div>
          <div className="photo-row">
            <label className="btn photo-btn">
              {mode.photo ? t('receive.retakePhoto') : t('receive.takePhoto')}
              <input
                type="file"
                accept="image/*"
                capture="environment"
                hidden
                data-testid="photo-input"
                onChange={(e) => void takePhoto(e.target.files?.[0])}
              />
            </label>
            {mode.photo && (
              <img
                className="thumb"
                src={mode.photo}
                alt={t('receive.photoTaken')}
                data-testid="photo-thumb"
              />
            )}
          </div>
          {photoError && <div className="notice err">{photoError}</div>}
        </>
      )}
    </section>
  );
}
