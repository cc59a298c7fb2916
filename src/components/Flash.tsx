// The colour flash after each scan, with the scanned text large: readable at arm's length.
import { useEffect, useState } from 'react';
import { feedbackEvents, type FlashDetail } from '../feedback/feedback.ts';

export function Flash() {
  const [flash, setFlash] = useState<(FlashDetail & { n: number }) | null>(null);
  useEffect(() => {
    let n = 0;
    const on = (e: Event) => setFlash({ ...(e as CustomEvent<FlashDetail>).detail, n: ++n });
    feedbackEvents.addEventListener('flash', on);
    return () => feedbackEvents.removeEventListener('flash', on);
  }, []);
  if (!flash) return null;
  return (
    <div
      key={flash.n}
      className={`flash ${flash.kind}`}
      data-testid="flash"
      data-kind={flash.kind}
      onAnimationEnd={() => setFlash(null)}
    >
      {flash.text && <div className="flash-text">{flash.text}</div>}
    </div>
  );
}
