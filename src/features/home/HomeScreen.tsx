// Home: a tile for each task the user's roles allow, big enough for a gloved thumb.
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import type { SessionMeta } from '../../db/meta-types.ts';
import { AppShell } from '../../components/AppShell.tsx';
import { UpdateBanner } from '../../pwa/UpdateBanner.tsx';
import { tilesFor } from './tiles.ts';
import { Icon } from '../../components/Icon.tsx';

export function HomeScreen({ session }: { session: SessionMeta }) {
  const t = useT();
  const warehouse = session.user.warehouses.find((w) => w.id === session.warehouseId);
  return (
    <AppShell title={t('app.name')} onBack={false}>
      <UpdateBanner />
      <div>
        <div className="big" style={{ fontSize: '1.3rem' }}>
          {t('home.greeting', { name: session.user.name })}
        </div>
        <div className="muted">
          {t('home.warehouse', { name: warehouse?.name ?? session.warehouseId })}
        </div>
      </div>
      <nav className="tiles">
        {tilesFor(session.user.roles).map((tile) => (
          <button
            key={tile.path}
            className={`tile${tile.primary ? ' primary' : ''}`}
            data-testid={`tile-${tile.id}`}
            onClick={() => navigate(tile.path)}
          >
            <span className="tile-icon">
              <Icon name={tile.icon} size={34} />
            </span>
            <span className="tile-label">{t(tile.label)}</span>
          </button>
        ))}
      </nav>
    </AppShell>
  );
}
