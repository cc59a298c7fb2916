// Makes what a scanner sends readable: control characters get a visible name.

const NAMES: Record<string, string> = {
  '\u001d': '⟨GS⟩',
  '\u001e': '⟨RS⟩',
  '\u0004': '⟨EOT⟩',
  '\r': '⟨CR⟩',
  '\n': '⟨LF⟩',
  '\t': '⟨TAB⟩',
  ' ': '␠',
};

export function visibleChar(ch: string): string {
  if (ch in NAMES) return NAMES[ch]!;
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `⟨${code.toString(16).padStart(2, '0')}⟩` : ch;
}

export const visibleText = (text: string): string => Array.from(text, visibleChar).join('');

/** A key event as the self-test lists it: "A", "⟨GS⟩ (F8)", "Enter", "229 → 5". */
export interface KeySeen {
  label: string;
  at: number;
  /** Milliseconds since the key before; null for the first. */
  gap: number | null;
  kind: 'char' | 'suffix' | 'control' | 'input';
}

export function describeKey(e: {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  keyCode?: number;
}): Omit<KeySeen, 'at' | 'gap'> | null {
  if (e.key === 'Enter' || e.key === 'Tab') return { label: `⟨${e.key}⟩`, kind: 'suffix' };
  if (e.key === 'F8') return { label: '⟨GS⟩ F8', kind: 'control' };
  if (e.ctrlKey && (e.key === ']' || e.code === 'BracketRight'))
    return { label: '⟨GS⟩ Ctrl+]', kind: 'control' };
  if (e.keyCode === 229 || e.key === 'Unidentified' || e.key === 'Process')
    return { label: '229', kind: 'input' };
  if (e.key.length === 1) return { label: visibleChar(e.key), kind: 'char' };
  if (['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key)) return null;
  return { label: `⟨${e.key}⟩`, kind: 'control' };
}
