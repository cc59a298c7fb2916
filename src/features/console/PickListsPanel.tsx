// Pick lists in the console (K9): who holds each open list, on which phone, since when, how much
// is picked (and by whom, when two phones picked it), lines left for another picker; release a
// list or hand it to another picker with a reason, also while the holding phone is lost.
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { api } from '../../sync/api.ts';
import { describeFailure } from '../../app/describe-failure.ts';
import type { ConsoleConn } from './console-api.ts';
import { age } from './format.ts';

interface ListRow {
  number: string;
  assignedName: string | null;
  holderName: string | null;
  claimedDevice: string | null;
  claimedAt: number | null;
  releasedName: string | null;
  lines: number;
  linesDone: number;
  units: number;
  picked: number;
  deferred: number;
  pickers: { deviceId: string; userName: string; units: number }[];
}

const path = (c: ConsoleConn, rest = '') =>
  `/api/supervisor/warehouses/${encodeURIComponent(c.warehouseId)}/pick-lists${rest}`;

export function PickListsPanel(props: {
  conn: ConsoleConn;
  users: { id: string; name: string; roles?: string[] }[];
  /** Changes whenever the console hears of new data: the panel reloads then. */
  tick: unknown;
  now: number;
}) {
  const t = useT();
  const { conn } = props;
  const [rows, setRows] = useState<ListRow[] | null>(null);
  const [open, setOpen] = useState<{ list: string; action: 'release' | 'assign' } | null>(null);
  const load = useCallback(() => {
    void api<{ lists: ListRow[] }>(path(conn), undefined, conn.token).then(
      (r) => setRows(r.lists),
      (e: unknown) => feedback('error', describeFailure(e, t)),
    );
  }, [conn, t]);
  useEffect(load, [load, props.tick]);

  return (
    <section className="card" data-testid="picklists-panel">
      <h2>{t('console.tab.lists')}</h2>
      {rows && !rows.length && <p className="muted">{t('console.lists.empty')}</p>}
      <div className="console-scroll">
        <table className="console-table">
          <thead>
            <tr>
              <th>{t('console.lists.number')}</th>
              <th>{t('console.lists.holder')}</th>
              <th>{t('console.lists.since')}</th>
              <th>{t('console.lists.picked')}</th>
              <th>{t('console.lists.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(rows ?? []).map((r) => (
              <tr key={r.number} data-testid="picklist-row" data-number={r.number}>
                <td>{r.number}</td>
                <td data-testid="picklist-holder">
                  <div>{r.holderName ?? t('console.lists.free')}</div>
                  {r.claimedDevice && (
                    <div className="sub">
                      {t('console.lists.device', { device: r.claimedDevice.slice(0, 8) })}
                    </div>
                  )}
                  {r.assignedName && (
                    <div className="sub">
                      {t('console.lists.assigned', { name: r.assignedName })}
                    </div>
                  )}
                  {!r.holderName && r.releasedName && (
                    <div className="sub">
                      {t('console.lists.releasedBy', { name: r.releasedName })}
                    </div>
                  )}
                </td>
                <td>{r.claimedAt ? age(t, props.now - r.claimedAt) : ''}</td>
                <td data-testid="picklist-picked">
                  <div>
                    {t('console.lists.units', {
                      picked: r.picked,
                      units: r.units,
                      done: r.linesDone,
                      lines: r.lines,
                    })}
                  </div>
                  {r.deferred > 0 && (
                    <div className="sub">{t('console.lists.deferred', { count: r.deferred })}</div>
                  )}
                  {r.pickers.length > 1 && (
                    <div className="sub warn">
                      {t('console.lists.split', {
                        count: r.pickers.length,
                        who: r.pickers.map((p) => `${p.userName} ${p.units}`).join(', '),
                      })}
                    </div>
                  )}
                </td>
                <td>
                  {open?.list === r.number ? (
                    <ActionForm
                      action={open.action}
                      users={props.users}
                      onCancel={() => setOpen(null)}
                      onSubmit={async (body) => {
                        try {
                          await api(
                            path(conn, `/${encodeURIComponent(r.number)}/actions`),
                            body,
                            conn.token,
                          );
                          feedback(
                            'success',
                            t(
                              open.action === 'release'
                                ? 'console.lists.releasedDone'
                                : 'console.lists.assignedDone',
                              { list: r.number },
                            ),
                          );
                          setOpen(null);
                          load();
                        } catch (e) {
                          feedback('error', describeFailure(e, t));
                        }
                      }}
                    />
                  ) : (
                    <div className="row">
                      {r.holderName && (
                        <button
                          className="btn"
                          data-testid="picklist-release"
                          onClick={() => setOpen({ list: r.number, action: 'release' })}
                        >
                          {t('console.lists.release')}
                        </button>
                      )}
                      <button
                        className="btn"
                        data-testid="picklist-assign"
                        onClick={() => setOpen({ list: r.number, action: 'assign' })}
                      >
                        {t('console.lists.assign')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ActionForm(props: {
  action: 'release' | 'assign';
  users: { id: string; name: string; roles?: string[] }[];
  onSubmit: (body: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [to, setTo] = useState('');
  const pickers = props.users.filter(
    (u) => !u.roles || u.roles.some((r) => r === 'picker' || r === 'supervisor' || r === 'admin'),
  );
  return (
    <form
      className="row"
      data-testid="picklist-form"
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSubmit(
          props.action === 'release'
            ? { action: 'release', reason }
            : { action: 'assign', to: to || null, reason },
        );
      }}
    >
      {props.action === 'assign' && (
        <select data-testid="picklist-to" value={to} onChange={(e) => setTo(e.target.value)}>
          <option value="">{t('console.lists.anyone')}</option>
          {pickers.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      )}
      <input
        data-testid="picklist-reason"
        placeholder={t('console.lists.reason')}
        aria-label={t('console.lists.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button className="btn primary" type="submit" data-testid="picklist-confirm">
        {t('console.lists.confirm')}
      </button>
      <button className="btn" type="button" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
