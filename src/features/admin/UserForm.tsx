// Creating a user, or changing an existing one's name, roles and warehouses. A new user gets a
// first password from the admin and must choose their own at their first sign-in.
import { useState, type SyntheticEvent } from 'react';
import type { AdminUser, AdminWarehouse, CreateUserRequest } from '#core/admin.ts';
import { allRoles } from '#core/roles.ts';
import { useT } from '../../app/use-t.ts';

export type UserFormValues = CreateUserRequest;

const toggle = (list: string[], v: string, on: boolean) =>
  on ? [...new Set([...list, v])] : list.filter((x) => x !== v);

export function UserForm(props: {
  editing: AdminUser | null;
  warehouses: AdminWarehouse[];
  onSubmit: (v: UserFormValues) => Promise<string | null>;
  onCancel: () => void;
}) {
  const t = useT();
  const e = props.editing;
  const [username, setUsername] = useState(e?.username ?? '');
  const [name, setName] = useState(e?.name ?? '');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>(e?.roles ?? []);
  const [whs, setWhs] = useState<string[]>(
    e?.warehouses ?? (props.warehouses.length === 1 ? [props.warehouses[0]!.id] : []),
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (ev: SyntheticEvent) => {
    ev.preventDefault();
    setBusy(true);
    setError(await props.onSubmit({ username, name, password, roles, warehouses: whs }));
    setBusy(false);
  };

  return (
    <form className="card admin-form" data-testid="user-form" onSubmit={(ev) => void submit(ev)}>
      <h3>{e ? t('admin.user.editTitle', { name: e.username }) : t('admin.user.createTitle')}</h3>
      {!e && (
        <label className="field">
          {t('signin.username')}
          <input
            name="new-username"
            autoComplete="off"
            autoCapitalize="none"
            value={username}
            onChange={(x) => setUsername(x.target.value)}
            required
          />
        </label>
      )}
      <label className="field">
        {t('admin.user.name')}
        <input name="new-name" value={name} onChange={(x) => setName(x.target.value)} required />
      </label>
      {!e && (
        <label className="field">
          {t('admin.user.firstPassword')}
          <input
            name="new-password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(x) => setPassword(x.target.value)}
            required
          />
          <span className="muted small">{t('admin.user.firstPasswordHint')}</span>
        </label>
      )}
      <fieldset className="admin-checks">
        <legend>{t('admin.user.roles')}</legend>
        {allRoles.map((r) => (
          <label key={r}>
            <input
              type="checkbox"
              name={`role-${r}`}
              checked={roles.includes(r)}
              onChange={(x) => setRoles(toggle(roles, r, x.target.checked))}
            />
            {t(`admin.role.${r}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="admin-checks">
        <legend>{t('admin.user.warehouses')}</legend>
        {props.warehouses.map((w) => (
          <label key={w.id}>
            <input
              type="checkbox"
              name={`wh-${w.id}`}
              checked={whs.includes(w.id)}
              onChange={(x) => setWhs(toggle(whs, w.id, x.target.checked))}
            />
            {w.name} ({w.id})
          </label>
        ))}
      </fieldset>
      {error && (
        <p className="err-box" role="alert" data-testid="user-form-error">
          {error}
        </p>
      )}
      <div className="row wrap">
        <button className="btn primary" type="submit" disabled={busy} data-testid="user-save">
          {e ? t('admin.save') : t('admin.user.create')}
        </button>
        <button className="btn" type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
