// A text field (lot, serial) whose value is saved asynchronously: it shows what was typed at once
// and keeps it while the saved value catches up, so a scanner burst taken back out of the field
// leaves the typed text exactly as it was (see use-draft.ts).
import type { InputHTMLAttributes } from 'react';
import { useDraft } from './use-draft.ts';

export function DraftText(
  props: { value: string; onValue: (v: string) => void } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange'
  >,
) {
  const { value, onValue, ...rest } = props;
  const draft = useDraft(value, (v) => v, onValue);
  return (
    <input
      {...rest}
      value={draft.text}
      onChange={(e) => draft.type(e.target.value, e.target.value)}
    />
  );
}
