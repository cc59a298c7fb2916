// Typed entry, always available for damaged labels: what is typed here is a scan like any
// other. A hardware scanner bursting into this field is still taken as a wedge scan.
import { useState, type SyntheticEvent } from 'react';
import { useT } from '../app/use-t.ts';
import { emitScan } from '../scan/scanner.ts';

export function ScanBar(props: { placeholder?: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return;
    setText('');
    emitScan({ text: value, source: 'typed', at: performance.now() });
  };
  return (
    <form className="scanbar" onSubmit={submit}>
      <input
        data-scan-input=""
        data-testid="scan-input"
        aria-label={t('scan.typed')}
        placeholder={props.placeholder ?? t('scan.typed')}
        value={text}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        enterKeyHint="go"
        onChange={(e) => setText(e.target.value)}
      />
      <button className="btn primary" type="submit">
        {t('scan.enter')}
      </button>
    </form>
  );
}
