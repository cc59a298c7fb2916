// Who changed which user or warehouse, when and why, newest first: every administration change
// the server recorded, in the reader's language.
import type { AdminAuditEntry } from '#core/admin.ts';
import { useSettings } from '../../app/settings.ts';
import { useT, type T } from '../../app/use-t.ts';
import { hasKey } from '../../messages/i18n.ts';
import { dateTime } from '../console/format.ts';

function what(t: T, e: AdminAuditEntry): string {
  const key = `admin.audit.${e.action}`;
  const name = e.data['username'];
  const target = typeof name === 'string' ? name : e.target;
  const sentence = hasKey(key) ? t(key, { target }) : `${e.action} ${target}`;
  if (e.action !== 'user-edit') return sentence;
  // An edit lists what it changed, from → to, as the server recorded it.
  const changes = Object.entries(e.data)
    .filter(([k]) => k !== 'username')
    .map(([k, v]) => {
      const c = v as { from?: unknown; to?: unknown };
      const show = (x: unknown) =>
        Array.isArray(x) ? x.join(', ') : typeof x === 'string' ? x : JSON.stringify(x ?? '');
      const fk = `admin.user.${k}`;
      const field = hasKey(fk) ? t(fk) : k;
      return `${field}: ${show(c.from)} → ${show(c.to)}`;
    });
  return changes.length ? `${sentence} (${changes.join('; ')})` : sentence;
}

export function AuditPanel({ entries }: { entries: AdminAuditEntry[] }) {
  const t = useT();
  const { lang } = useSettings();
  if (!entries.length) return <p className="muted">{t('admin.audit.none')}</p>;
  return (
    <div className="console-scroll">
      <table className="console-table" data-testid="admin-audit">
        <thead>
          <tr>
            <th>{t('admin.audit.when')}</th>
            <th>{t('admin.audit.who')}</th>
            <th>{t('admin.audit.what')}</th>
            <th>{t('admin.audit.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-row" data-action={e.action} data-target={e.target}>
              <td>{dateTime(e.at, lang)}</td>
              <td>{e.byName ?? e.by}</td>
              <td>{what(t, e)}</td>
              <td>{e.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
