// A field's own text against the value saved behind it: echoes of what the field sent are
// ignored, whatever else arrives (a scan, a stepper press) replaces the text.
import { describe, expect, it } from 'vitest';
import { onValue } from '../../../src/components/use-draft.ts';

const fmt = (n: number) => String(n);

describe('draft of a saved field', () => {
  it('keeps the typed text while the saved value catches up key by key', () => {
    const typed = { text: '49', seen: 1, pending: [4, 49] };
    const after4 = onValue(typed, 4, fmt);
    expect(after4).toEqual({ text: '49', seen: 4, pending: [49] });
    expect(onValue(after4, 49, fmt)).toEqual({ text: '49', seen: 49, pending: [] });
  });

  it('keeps it when the saved value skips straight to a later echo', () => {
    const s = { text: '21', seen: 1, pending: [2, 21, 214, 21] };
    expect(onValue(s, 214, fmt)).toEqual({ text: '21', seen: 214, pending: [21] });
  });

  it('shows a value the field never sent, such as a scan adding one', () => {
    const s = { text: '21', seen: 21, pending: [] };
    expect(onValue(s, 22, fmt)).toEqual({ text: '22', seen: 22, pending: [] });
  });

  it('forgets what was outstanding once the saved value matches the text', () => {
    const s = { text: '7', seen: 1, pending: [7, 70, 7] };
    expect(onValue(s, 7, fmt)).toEqual({ text: '7', seen: 7, pending: [] });
  });

  it('is unchanged when the value did not change', () => {
    const s = { text: '', seen: 1, pending: [] };
    expect(onValue(s, 1, fmt)).toBe(s);
  });
});
