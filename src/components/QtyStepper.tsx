// Quantity entry for gloved hands: big minus and plus, and a number field for larger counts.
// The field holds exactly what was typed: it can be emptied while typing, its text is selected on
// focus so a new number replaces the old one, and a number outside the range is shown as wrong
// and not sent on. On blur an empty or wrong text shows the quantity in force again.
import { useRef } from 'react';
import { useT } from '../app/use-t.ts';
import { useDraft } from './use-draft.ts';

export function QtyStepper(props: {
  value: number;
  onChange: (n: number) => void;
  min?: number;
  max?: number;
  step?: number;
}) {
  const t = useT();
  const min = props.min ?? 0;
  const max = props.max ?? 1_000_000;
  const step = props.step ?? 1;
  const draft = useDraft(props.value, (n) => (Number.isFinite(n) ? String(n) : ''), props.onChange);
  const parse = (text: string) => {
    const n = Number(text);
    return /^\d+$/.test(text) && n >= min && n <= max ? n : undefined;
  };
  const bump = (by: number) => {
    const n = Math.max(min, Math.min(max, (parse(draft.text) ?? props.value) + by));
    draft.type(String(n), n);
  };
  // A tap's mouseup would undo the selection made on focus; the first one after focus is eaten.
  const tapped = useRef(false);
  const invalid = draft.text !== '' && parse(draft.text) === undefined;
  return (
    <div className="stepper">
      <button type="button" aria-label={t('qty.decrease')} onClick={() => bump(-step)}>
        −
      </button>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        aria-label={t('common.qty')}
        aria-invalid={invalid || undefined}
        data-testid="qty-input"
        value={draft.text}
        onFocus={(e) => {
          e.currentTarget.select();
          tapped.current = true;
        }}
        onMouseUp={(e) => {
          if (tapped.current) e.preventDefault();
          tapped.current = false;
        }}
        onBlur={() => {
          if (parse(draft.text) === undefined) draft.reset();
        }}
        onChange={(e) => {
          const text = e.target.value.replace(/\s/g, '');
          draft.type(text, parse(text));
        }}
      />
      <button type="button" aria-label={t('qty.increase')} onClick={() => bump(step)}>
        +
      </button>
    </div>
  );
}
