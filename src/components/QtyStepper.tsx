// Quantity entry for gloved hands: big minus and plus, and a number field for larger counts.
import { useT } from '../app/use-t.ts';

export function QtyStepper(props: {
  value: number;
  onChange: (n: number) => void;
  max?: number;
  step?: number;
}) {
  const t = useT();
  const max = props.max ?? 1_000_000;
  const step = props.step ?? 1;
  const set = (n: number) => props.onChange(Math.max(0, Math.min(max, Math.trunc(n))));
  return (
    <div className="stepper">
      <button type="button" aria-label={t('qty.decrease')} onClick={() => set(props.value - step)}>
        −
      </button>
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={max}
        aria-label={t('common.qty')}
        data-testid="qty-input"
        value={Number.isFinite(props.value) ? props.value : ''}
        onChange={(e) => set(Number(e.target.value))}
      />
      <button type="button" aria-label={t('qty.increase')} onClick={() => set(props.value + step)}>
        +
      </button>
    </div>
  );
}
