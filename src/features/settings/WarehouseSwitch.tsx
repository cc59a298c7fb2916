// For users of several warehouses: which one this device works in. Refused while scans for the
// current warehouse still wait to be sent (they must reach their own warehouse first).
import { useState } from 'react';
import { switchWarehouse } from '../../app/session.ts';
import { useT } from '../../app/use-t.ts';
import type { SessionMeta } from '../../db/meta-types.ts';

export function WarehouseSwitch({ session }: { session: SessionMeta }) {
  const t = useT();
  const [refused, setRefused] = useState(false);
  if (session.user.warehouses.length < 2) return null;
  const pick = async (id: string) => setRefused(!(await switchWarehouse(id)));
  return (
    <div className="field">
      {t('settings.warehouse')}
      <div className="row" role="group">
        {session.user.warehouses.map((w) => (
          <button
            key={w.id}
            className={`btn${w.id === session.warehouseId ? ' primary' : ''}`}
            aria-pressed={w.id === session.warehouseId}
            data-warehouse={w.id}
            onClick={() => void pick(w.id)}
          >
            {w.name}
          </button>
        ))}
      </div>
      {refused && <div className="notice err">{t('settings.warehouseBusy')}</div>}
    </div>
  );
}
