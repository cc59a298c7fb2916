// User and warehouse administration (/admin), for the admin role only, loaded on demand like
// the console: users, warehouses, and the history of every change with who made it and when.
import { hasAnyRole, Role } from '#core/roles.ts';
import { navigate, useRoute } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { AppShell } from '../../components/AppShell.tsx';
import type { SessionMeta } from '../../db/meta-types.ts';
import { ConsoleTabs, TabPanel } from '../console/ConsoleTabs.tsx';
import { AuditPanel } from './AuditPanel.tsx';
import { useAdmin } from './use-admin.ts';
import { UsersPanel } from './UsersPanel.tsx';
import { WarehousesPanel } from './WarehousesPanel.tsx';
import '../console/console.css';
import './admin.css';

const TABS = ['users', 'warehouses', 'history'] as const;
type Tab = (typeof TABS)[number];

export default function AdminScreen({ session }: { session: SessionMeta }) {
  const t = useT();
  if (!hasAnyRole(session.user.roles, [Role.admin]))
    return (
      <AppShell title={t('admin.title')}>
        <p className="err-box">{t('admin.forbidden')}</p>
      </AppShell>
    );
  return <Admin token={session.token} />;
}

function Admin({ token }: { token: string }) {
  const t = useT();
  const { query } = useRoute();
  const tab: Tab = (TABS as readonly string[]).includes(query.get('tab') ?? '')
    ? (query.get('tab') as Tab)
    : 'users';
  const data = useAdmin(token);
  return (
    <AppShell title={t('admin.title')}>
      <div className="console admin">
        {data.error && <p className="err-box">{data.error}</p>}
        <ConsoleTabs
          label={t('admin.title')}
          selected={tab}
          tabs={TABS.map((k) => ({ key: k, label: t(`admin.tab.${k}`) }))}
          onSelect={(k) => navigate(`/admin?tab=${k}`, { replace: true })}
        />
        {tab === 'users' && (
          <TabPanel k="users">
            <UsersPanel data={data} />
          </TabPanel>
        )}
        {tab === 'warehouses' && (
          <TabPanel k="warehouses">
            <WarehousesPanel data={data} />
          </TabPanel>
        )}
        {tab === 'history' && (
          <TabPanel k="history">
            <AuditPanel entries={data.audit} />
          </TabPanel>
        )}
      </div>
    </AppShell>
  );
}
