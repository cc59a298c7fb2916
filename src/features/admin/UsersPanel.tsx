// The users of the admin's warehouses: who holds which roles where, whether they are active,
// must set a new password or are held back by failed sign-ins; and the changes an admin makes.
// One change is open at a time, asked inline above the table.
import { useState } from 'react';
import type { AdminUser } from '#core/admin.ts';
import { useT, type T } from '../../app/use-t.ts';
import { hasKey } from '../../messages/i18n.ts';
import { AskForm } from './AskForm.tsx';
import { UserForm } from './UserForm.tsx';
import type { AdminData } from './use-admin.ts';

type Open =
  | { kind: 'create' }
  | { kind: 'edit' | 'reset' | 'deactivate' | 'reactivate'; user: AdminUser }
  | null;

export function UsersPanel({ data }: { data: AdminData }) {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const { api, run } = data;
  const close = () => setOpen(null);
  const done = async (work: () => Promise<unknown>, words: string) => {
    const why = await run(work, words);
    if (!why) close();
    return why;
  };

  const access =
    open?.kind === 'deactivate' || open?.kind === 'reactivate'
      ? { kind: open.kind, user: open.user }
      : null;

  return (
    <>
      <div className="row wrap">
        <button
          className="btn primary"
          data-testid="user-new"
          onClick={() => setOpen({ kind: 'create' })}
        >
          {t('admin.user.new')}
        </button>
      </div>
      {open?.kind === 'create' && (
        <UserForm
          editing={null}
          warehouses={data.warehouses}
          onCancel={close}
          onSubmit={(v) =>
            done(() => api.createUser(v), t('admin.user.created', { name: v.username }))
          }
        />
      )}
      {open?.kind === 'edit' && (
        <UserForm
          key={open.user.id}
          editing={open.user}
          warehouses={data.warehouses}
          onCancel={close}
          onSubmit={(v) =>
            done(
              () =>
                api.editUser(open.user.id, {
                  name: v.name,
                  roles: v.roles,
                  warehouses: v.warehouses,
                }),
              t('admin.user.saved', { name: open.user.username }),
            )
          }
        />
      )}
      {open?.kind === 'reset' && (
        <AskForm
          key={`reset-${open.user.id}`}
          id="reset-password"
          secret
          label={t('admin.user.resetLabel', { name: open.user.username })}
          hint={t('admin.user.firstPasswordHint')}
          submit={t('admin.user.reset')}
          onCancel={close}
          onSubmit={(pw) =>
            done(
              () => api.resetPassword(open.user.id, pw),
              t('admin.user.resetDone', { name: open.user.username }),
            )
          }
        />
      )}
      {access && (
        <AskForm
          key={`${access.kind}-${access.user.id}`}
          id={access.kind}
          danger={access.kind === 'deactivate'}
          label={t(`admin.user.${access.kind}Reason`, { name: access.user.username })}
          submit={t(`admin.user.${access.kind}`)}
          onCancel={close}
          onSubmit={(reason) =>
            done(
              () =>
                access.kind === 'deactivate'
                  ? api.deactivate(access.user.id, reason.trim())
                  : api.reactivate(access.user.id, reason.trim()),
              t(`admin.user.${access.kind}Done`, { name: access.user.username }),
            )
          }
        />
      )}
      <div className="console-scroll">
        <table className="console-table" data-testid="users-table">
          <thead>
            <tr>
              <th>{t('signin.username')}</th>
              <th>{t('admin.user.name')}</th>
              <th>{t('admin.user.roles')}</th>
              <th>{t('admin.user.warehouses')}</th>
              <th>{t('admin.user.state')}</th>
              <th>
                <span className="sr-only">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.users.map((u) => (
              <UserRow
                key={u.id}
                user={u}
                onOpen={setOpen}
                onUnlock={() =>
                  void run(() => api.unlock(u.id), t('admin.user.unlockDone', { name: u.username }))
                }
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function UserRow(props: { user: AdminUser; onOpen: (o: Open) => void; onUnlock: () => void }) {
  const t = useT();
  const u = props.user;
  const states = [
    u.active ? t('admin.user.active') : t('admin.user.inactive'),
    ...(u.mustChangePassword ? [t('admin.user.mustChange')] : []),
    ...(u.locked ? [t('admin.user.locked')] : []),
  ];
  return (
    <tr data-testid={`user-${u.username}`} data-active={u.active} data-locked={u.locked}>
      <td className="mono">{u.username}</td>
      <td>{u.name}</td>
      <td>{u.roles.map((r) => roleName(t, r)).join(', ')}</td>
      <td>{u.warehouses.join(', ')}</td>
      <td data-testid="user-state">{states.join(' · ')}</td>
      <td className="x-actions">
        <button
          className="btn small"
          data-testid="user-edit"
          onClick={() => props.onOpen({ kind: 'edit', user: u })}
        >
          {t('admin.user.edit')}
        </button>
        <button
          className="btn small"
          data-testid="user-reset"
          onClick={() => props.onOpen({ kind: 'reset', user: u })}
        >
          {t('admin.user.reset')}
        </button>
        {u.locked && (
          <button className="btn small" data-testid="user-unlock" onClick={props.onUnlock}>
            {t('admin.user.unlock')}
          </button>
        )}
        {u.active ? (
          <button
            className="btn small danger"
            data-testid="user-deactivate"
            onClick={() => props.onOpen({ kind: 'deactivate', user: u })}
          >
            {t('admin.user.deactivate')}
          </button>
        ) : (
          <button
            className="btn small"
            data-testid="user-reactivate"
            onClick={() => props.onOpen({ kind: 'reactivate', user: u })}
          >
            {t('admin.user.reactivate')}
          </button>
        )}
      </td>
    </tr>
  );
}

export function roleName(t: T, role: string): string {
  const key = `admin.role.${role}`;
  return hasKey(key) ? t(key) : role;
}
