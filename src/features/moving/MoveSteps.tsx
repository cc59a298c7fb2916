// The move so far, one row per step, the current one outlined.
import { useT } from '../../app/use-t.ts';
import type { MoveState } from './move-flow.ts';

export function MoveSteps({ state }: { state: MoveState }) {
  const t = useT();
  const rows = [
    { key: 'from', label: t('move.from'), value: state.from?.code, active: state.step === 'from' },
    {
      key: 'item',
      label: t('common.item'),
      value: state.item ? `${state.item.sku} · ${state.item.description}` : undefined,
      active: state.step === 'item',
    },
    {
      key: 'qty',
      label: t('common.qty'),
      value: state.item ? String(state.qty) : undefined,
      active: false,
    },
    { key: 'to', label: t('move.to'), value: undefined, active: state.step === 'qty' },
  ];
  return (
    <div className="steps">
      {rows.map((r) => (
        <div
          key={r.key}
          className={`step${r.active ? ' active' : ''}${r.value ? ' done' : ''}`}
          data-testid={`step-${r.key}`}
        >
          <span className="label">{r.label}</span>
          <span className="value">{r.value ?? '—'}</span>
        </div>
      ))}
    </div>
  );
}
