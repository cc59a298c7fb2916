// Typed entry, always available for damaged labels: what is typed here is a scan like any
// other. A hardware scanner bursting into this field is still taken as a wedge scan. The camera
// button opens the viewfinder, whose code (and decoder) loads only then.
import { lazy, Suspense, useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useT } from '../app/use-t.ts';
import { emitScan } from '../scan/scanner.ts';
import { warmGroups } from '../pwa/warm.ts';

// Opening the camera the first time also asks the service worker to keep the decoders offline.
const CameraScanner = lazy(() => {
  warmGroups(['camera']);
  return import('../scan/camera/CameraScanner.tsx');
});

/** Rugged scanners and phones: touch first, and an input method that needs a focused field. */
const touchFirst = () => window.matchMedia?.('(pointer: coarse)').matches ?? false;

export function ScanBar(props: { placeholder?: string }) {
  const t = useT();
  const [text, setText] = useState('');
  const [camera, setCamera] = useState(false);
  // The soft keyboard stays hidden (inputmode none) until the worker taps the field to type.
  const [keyboard, setKeyboard] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Android input methods (DataWedge among them) type only into a focused field.
    const active = document.activeElement;
    if (touchFirst() && !(active instanceof HTMLInputElement)) input.current?.focus();
  }, []);
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return;
    setText('');
    emitScan({ text: value, source: 'typed', at: performance.now() });
  };
  const typeInstead = () => {
    setCamera(false);
    setKeyboard(true);
    input.current?.focus();
  };
  return (
    <form className="scanbar" onSubmit={submit}>
      <input
        ref={input}
        data-scan-input=""
        data-testid="scan-input"
        aria-label={t('scan.typed')}
        placeholder={props.placeholder ?? t('scan.typed')}
        value={text}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        enterKeyHint="go"
        inputMode={keyboard ? 'text' : 'none'}
        onPointerDown={() => setKeyboard(true)}
        onBlur={() => setKeyboard(false)}
        onChange={(e) => setText(e.target.value)}
      />
      <button
        className="btn camera-btn"
        type="button"
        data-testid="camera-open"
        aria-label={t('camera.open')}
        title={t('camera.open')}
        onClick={() => setCamera(true)}
      >
        <CameraIcon />
      </button>
      <button className="btn primary" type="submit">
        {t('scan.enter')}
      </button>
      {camera && (
        <Suspense fallback={null}>
          <CameraScanner onClose={() => setCamera(false)} onType={typeInstead} />
        </Suspense>
      )}
    </form>
  );
}

/** Drawn inline like the other icons: rugged devices often have no emoji font. */
const CameraIcon = () => (
  <svg
    width={28}
    height={28}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden
  >
    <path d="M3 8h4l2-3h6l2 3h4v11H3zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z" />
  </svg>
);
