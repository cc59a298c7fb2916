// The exceptions queue: filters, and per exception who, when, what the floor said and what the
// system believed, with the actions to resolve it. A reject needs a reason; every action is
// recorded on the server with who and why.
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import * as A from './console-api.ts';
import { hhmm } from './format.ts';
import type { ConsoleException } from './types.ts';

const FAMILIES = ['receive.', 'pick.', 'count', 'move.', 'putaway.'] as const;
const familyKey = {
  'receive.': 'console.x.family.receive',
  'pick.': 'console.x.family.pick',
  count: 'console.x.family.count',
  'move.': 'console.x.family.move',
  'putaway.': 'console.x.family.putaway',
} as const;

export function ExceptionFilters(props: {
  filter: URLSearchParams;
  users: { id: string; name: string }[];
  onChange: (f: URLSearchParams) => void;
}) {
  const t = useT();
  const set = (k: string, v: string) => {
    const f = new URLSearchParams(props.filter);
    if (v) f.set(k, v);
    else f.delete(k);
    props.onChange(f);
  };
  return (
    <div className="filters">
      <label>
        {t('console.x.filterStatus')}
        <select
          data-testid="filter-status"
          value={props.filter.get('status') ?? 'open'}
          onChange={(e) => set('status', e.target.value)}
        >
          <option value="open">{t('console.x.status.open')}</option>
          <option value="resolved">{t('console.x.status.resolved')}</option>
          <option value="all">{t('console.x.status.all')}</option>
        </select>
      </label>
      <label>
        {t('console.x.filterKind')}
        <select
          data-testid="filter-kind"
          value={props.filter.get('kind') ?? ''}
          onChange={(e) => set('kind', e.target.value)}
        >
          <option value="">{t('console.x.any')}</option>
          {FAMILIES.map((f) => (
            <option key={f} value={f === 'count' ? 'count-variance' : f}>
              {t(familyKey[f])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('console.x.filterAssigned')}
        <select
          value={props.filter.get('assignedTo') ?? ''}
          onChange={(e) => set('assignedTo', e.target.value)}
        >
          <option value="">{t('console.x.any')}</option>
          {props.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

export function ExceptionsQueue(props: {
  conn: A.ConsoleConn;
  exceptions: ConsoleException[];
  users: { id: string; name: string }[];
  onDone: () => void;
}) {
  const t = useT();
  if (!props.exceptions.length) return <p className="muted">{t('console.x.none')}</p>;
  return (
    <ul className="x-list" data-testid="exceptions">
      {props.exceptions.map((x) => (
        <ExceptionCard key={x.id} {...props} x={x} />
      ))}
    </ul>
  );
}

function ExceptionCard(props: {
  conn: A.ConsoleConn;
  x: ConsoleException;
  users: { id: string; name: string }[];
  onDone: () => void;
}) {
  const t = useT();
  const { x } = props;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const name = (id: string | null) => props.users.find((u) => u.id === id)?.name ?? id ?? '—';
  const run = async (body: Record<string, string>, label: string) => {
    if (body['action'] === 'reject' && reason.trim().length < 3) {
      feedback('error', t('console.x.reasonNeeded'));
      return;
    }
    setBusy(true);
    try {
      await A.act(props.conn, x.id, reason.trim() ? { ...body, reason: reason.trim() } : body);
      feedback('success', t('console.x.done', { action: label }));
      setReason('');
      props.onDone();
    } catch (e) {
      feedback('error', t('console.x.failed', { reason: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const open = x.status === 'open';
  return (
    <li
      className={`card x-card ${open ? '' : 'x-resolved'}`}
      data-testid="exception"
      data-kind={x.kind}
      data-id={x.id}
    >
      <div className="x-head">
        <strong className="mono">{x.kind}</strong>
        {x.ref && <span className="mono">{x.ref}</span>}
        <span className="muted">
          {t('console.x.by', {
            user: x.userName ?? '—',
            device: (x.deviceId ?? '—').slice(0, 8),
            time: hhmm(x.at),
          })}
        </span>
      </div>
      <div>{x.message}</div>
      <div className="x-facts">
        <div>
          <span className="muted">{t('console.x.said')}</span>
          <code>{JSON.stringify(x.said)}</code>
        </div>
        <div>
          <span className="muted">{t('console.x.believed')}</span>
          <code>{JSON.stringify(x.believed)}</code>
        </div>
      </div>
      {x.assignedTo && (
        <div className="muted">{t('console.x.assignedTo', { user: name(x.assignedTo) })}</div>
      )}
      {!open && x.resolution && (
        <div data-testid="resolution">
          {t('console.x.resolved', {
            resolution: t(`console.res.${x.resolution as 'accepted'}`),
            user: name(x.resolvedBy),
            time: x.resolvedAt ? hhmm(x.resolvedAt) : '',
          })}
          {x.note ? ` — ${x.note}` : ''}
        </div>
      )}
      {open && (
        <div className="x-actions">
          <input
            className="input"
            data-testid="reason"
            placeholder={t('console.x.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          {x.approvable && (
            <button
              className="btn primary"
              disabled={busy}
              onClick={() => void run({ action: 'approve' }, t('console.x.approve'))}
            >
              {t('console.x.approve')}
            </button>
          )}
          <button
            className="btn"
            disabled={busy}
            onClick={() => void run({ action: 'accept' }, t('console.x.accept'))}
          >
            {t('console.x.accept')}
          </button>
          <button
            className="btn danger"
            disabled={busy}
            onClick={() => void run({ action: 'reject' }, t('console.x.reject'))}
          >
            {t('console.x.reject')}
          </button>
          <button
            className="btn"
            disabled={busy}
            onClick={() => void run({ action: 'recount' }, t('console.x.recount'))}
          >
            {t('console.x.recount')}
          </button>
          <select
            className="input"
            value=""
            disabled={busy}
            onChange={(e) =>
              e.target.value &&
              void run({ action: 'assign', assignTo: e.target.value }, t('console.x.assign'))
            }
          >
            <option value="">{t('console.x.assignTo')}</option>
            {props.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </li>
  );
}
