// The lot and expiry the receipt announced for a held scan, as a hint beside the empty prompt
// (R11): the receiver compares it with the goods and records what the goods say.
import { useT } from '../../app/use-t.ts';
import type { Held } from './receive-flow.ts';

export function AnnouncedHint({ held }: { held: Held }) {
  const t = useT();
  const parts = [
    held.announcedLot ? t('receive.lotExpected', { lot: held.announcedLot }) : '',
    held.announcedExpiry ? t('receive.expiryExpected', { expiry: held.announcedExpiry }) : '',
  ].filter(Boolean);
  if (!parts.length) return null;
  return (
    <p className="sub hint" data-testid="held-announced">
      {t('goods.announced', { what: parts.join(' · ') })}
    </p>
  );
}
