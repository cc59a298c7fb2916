// The admin's warehouses: create one (its code is fixed for good, the admin becomes its first
// member) or rename one. Warehouses are never deleted: their history names them.
import { useState, type SyntheticEvent } from 'react';
import type { AdminWarehouse } from '#core/admin.ts';
import { useT } from '../../app/use-t.ts';
import { AskForm } from './AskForm.tsx';
import type { AdminData } from './use-admin.ts';

export function WarehousesPanel({ data }: { data: AdminData }) {
  const t = useT();
  const [renaming, setRenaming] = useState<AdminWarehouse | null>(null);
  return (
    <>
      <NewWarehouse data={data} />
      {renaming && (
        <AskForm
          key={renaming.id}
          id="rename-warehouse"
          label={t('admin.wh.renameLabel', { id: renaming.id })}
          submit={t('admin.save')}
          onCancel={() => setRenaming(null)}
          onSubmit={async (name) => {
            const why = await data.run(
              () => data.api.renameWarehouse(renaming.id, name),
              t('admin.wh.renamed', { id: renaming.id }),
            );
            if (!why) setRenaming(null);
            return why;
          }}
        />
      )}
      <div className="console-scroll">
        <table className="console-table" data-testid="warehouses-table">
          <thead>
            <tr>
              <th>{t('admin.wh.id')}</th>
              <th>{t('admin.wh.name')}</th>
              <th>
                <span className="sr-only">{t('admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.warehouses.map((w) => (
              <tr key={w.id} data-testid={`wh-${w.id}`}>
                <td className="mono">{w.id}</td>
                <td>{w.name}</td>
                <td>
                  <button
                    className="btn small"
                    data-testid="wh-rename"
                    onClick={() => setRenaming(w)}
                  >
                    {t('admin.wh.rename')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function NewWarehouse({ data }: { data: AdminData }) {
  const t = useT();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    const code = id.trim().toUpperCase();
    const why = await data.run(
      () => data.api.createWarehouse({ id: code, name }),
      t('admin.wh.created', { id: code }),
    );
    setError(why);
    if (!why) {
      setId('');
      setName('');
    }
  };
  return (
    <form className="card admin-form" data-testid="wh-form" onSubmit={(e) => void submit(e)}>
      <h3>{t('admin.wh.new')}</h3>
      <div className="row wrap">
        <label className="field">
          {t('admin.wh.id')}
          <input name="wh-id" value={id} onChange={(e) => setId(e.target.value)} required />
        </label>
        <label className="field">
          {t('admin.wh.name')}
          <input name="wh-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
      </div>
      {error && (
        <p className="err-box" role="alert">
          {error}
        </p>
      )}
      <button className="btn primary" type="submit" data-testid="wh-create">
        {t('admin.wh.create')}
      </button>
    </form>
  );
}
