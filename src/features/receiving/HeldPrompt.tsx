// A scanned item that still needs its lot, expiry or serial: scan the label that has it, or type
// it here. The fields start empty: what the receipt line announced is shown as a hint only, so
// the lot recorded is the one read from the goods (R11).
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';
import type { Held } from './receive-flow.ts';
import { AnnouncedHint } from './AnnouncedHint.tsx';

const prompts = {
  lot: 'receive.needLot',
  expiry: 'receive.needExpiry',
  serial: 'receive.needSerial',
} as const;

export function HeldPrompt(props: {
  held: Held;
  onSave: (patch: Partial<Held>) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { held } = props;
  const [lot, setLot] = useState(held.lot);
  const [expiry, setExpiry] = useState(held.expiry);
  const [serial, setSerial] = useState(held.serials[0] ?? '');
  const needs = (f: Held['need'][number]) => held.need.includes(f);
  return (
    <section className="card held" data-testid="held-prompt">
      <h2>{t(prompts[held.need[0] ?? 'lot'])}</h2>
      <p className="sub ellipsis">
        {held.qty} × {held.item.sku} · {held.item.description}
      </p>
      <AnnouncedHint held={held} />
      <div className="held-fields">
        {(needs('lot') || held.item.lotTracked) && (
          <label className="field">
            {t('common.lot')}
            <input
              data-testid="held-lot"
              value={lot}
              maxLength={20}
              autoComplete="off"
              onChange={(e) => setLot(e.target.value)}
            />
          </label>
        )}
        {(needs('expiry') || held.item.expiryTracked) && (
          <label className="field">
            {t('common.expiry')}
            <input
              type="date"
              data-testid="held-expiry"
              value={expiry}
              onChange={(e) => setExpiry(e.target.value)}
            />
          </label>
        )}
      </div>
      {needs('serial') && (
        <label className="field">
          {t('receive.serial')}
          <input
            data-testid="held-serial"
            value={serial}
            autoComplete="off"
            onChange={(e) => setSerial(e.target.value)}
          />
        </label>
      )}
      <div className="row">
        <button className="btn" data-testid="held-cancel" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button
          className="btn primary"
          data-testid="held-save"
          onClick={() =>
            props.onSave({ lot, expiry, serials: serial.trim() ? [serial.trim()] : held.serials })
          }
        >
          {t('receive.save')}
        </button>
      </div>
    </section>
  );
}
