// One exception opened: what the floor said and what the book believed in words, the photo, the
// audit trail, and the actions its kind offers, each with its effect on the book shown before a
// supervisor confirms it. Nothing happens until Confirm; assigning takes its own button.
import { useEffect, useState } from 'react';
import type { ActionOffer } from '#core/console-actions.ts';
import { useSettings } from '../../app/settings.ts';
import { useT, type T } from '../../app/use-t.ts';
import { hasKey } from '../../messages/i18n.ts';
import { feedback } from '../../feedback/feedback.ts';
import * as A from './console-api.ts';
import {
  actionWords,
  describeException,
  effectLines,
  resolutionWords,
} from './describe-exception.ts';
import { dateTime, money } from './format.ts';

/** Facts worth a line in the detail, in the order a supervisor reads them. */
const FACTS = [
  'sku',
  'location',
  'from',
  'to',
  'qty',
  'extra',
  'needed',
  'found',
  'lot',
  'expiry',
  'receipt',
  'list',
  'line',
  'order',
  'tote',
  'reason',
  'note',
  'book',
  'expected',
  'received',
  'limit',
  'openDemand',
] as const;

function factRows(t: T, o: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  for (const k of FACTS) {
    const v = o[k];
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const key = `console.fact.${k}`;
    out.push([hasKey(key) ? t(key) : k, String(v)]);
  }
  return out;
}

function Facts(props: { title: string; facts: [string, string][]; id: string }) {
  if (!props.facts.length) return null;
  return (
    <div>
      <h3>{props.title}</h3>
      <dl className="facts" data-testid={props.id}>
        {props.facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function ExceptionDetail(props: {
  conn: A.ConsoleConn;
  id: string;
  users: { id: string; name: string }[];
  onDone: () => void;
}) {
  const t = useT();
  const { lang } = useSettings();
  const [d, setD] = useState<A.ExceptionDetail | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [choice, setChoice] = useState<string>('');
  const [reason, setReason] = useState('');
  const [assignee, setAssignee] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [photo, setPhoto] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    A.getException(props.conn, props.id).then(
      (r) => live && setD(r),
      (e: unknown) => live && setFailed((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [props.conn, props.id]);

  const photoId = typeof d?.exception.said['photo'] === 'string' ? d.exception.said['photo'] : null;
  useEffect(() => {
    if (!photoId) return;
    let url: string | null = null;
    void A.photoUrl(props.conn, photoId).then((u) => {
      url = u;
      setPhoto(u);
    });
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [props.conn, photoId]);

  if (failed) return <p className="err-box">{t('console.x.failed', { reason: failed })}</p>;
  if (!d) return <p className="muted">{t('console.loading')}</p>;
  const x = d.exception;
  const chosen: ActionOffer | undefined = d.offers.find((o) => o.action === choice);

  const run = async (body: Parameters<typeof A.act>[2], label: string) => {
    setBusy(true);
    setError(null);
    try {
      await A.act(props.conn, x.id, body);
      feedback('success', t('console.x.done', { action: label }));
      props.onDone();
    } catch (e) {
      const f = e as { code?: string; message?: string };
      setError(
        f.code === 'CONFLICT'
          ? t('console.x.conflict')
          : f.code === 'REASON_REQUIRED'
            ? t('console.x.reasonNeeded')
            : t('console.x.failed', { reason: f.message ?? String(e) }),
      );
    } finally {
      setBusy(false);
    }
  };
  const confirm = () => {
    if (!chosen) return;
    if (chosen.needsReason && reason.trim().length < 3) {
      setError(t('console.x.reasonNeeded'));
      return;
    }
    void run(
      {
        action: chosen.action,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        expect: chosen.movements.map(({ book: _book, ...m }) => m),
      },
      actionWords(t, chosen),
    );
  };
  const reasonId = `reason-${x.id}`;
  const errorId = `error-${x.id}`;
  return (
    <div className="x-detail" data-testid="x-detail">
      <p className="x-sentence">{describeException(t, x)}</p>
      <p className="muted">
        {t('console.x.when', {
          time: dateTime(x.at, lang),
          user: x.userName ?? t('console.x.someone'),
        })}
        {x.value
          ? ` · ${t('console.x.valued', { value: money(x.value, lang), units: x.units })}`
          : ''}
      </p>
      <div className="x-facts">
        <Facts title={t('console.x.said')} facts={factRows(t, x.said)} id="x-said" />
        <Facts title={t('console.x.believed')} facts={factRows(t, x.believed)} id="x-believed" />
        {photo && (
          <figure className="x-photo">
            <img src={photo} alt={t('console.x.photoAlt', { sentence: describeException(t, x) })} />
          </figure>
        )}
      </div>
      {x.status !== 'open' && (
        <p data-testid="resolution">
          {t('console.x.resolved', {
            resolution: resolutionWords(t, x.resolution),
            user: x.resolvedByName ?? '—',
            time: x.resolvedAt ? dateTime(x.resolvedAt, lang) : '',
          })}
          {x.note ? ` — ${x.note}` : ''}
        </p>
      )}
      {x.status === 'open' && d.offers.length > 0 && (
        <fieldset className="x-actions" data-testid="x-offers">
          <legend>{t('console.x.whatToDo')}</legend>
          {d.offers.map((o) => (
            <label key={o.action} className={`offer ${choice === o.action ? 'on' : ''}`}>
              <input
                type="radio"
                name={`offer-${x.id}`}
                value={o.action}
                checked={choice === o.action}
                data-action={o.action}
                onChange={() => {
                  setChoice(o.action);
                  setError(null);
                }}
              />
              <span>
                <strong>{actionWords(t, o)}</strong>
                <ul className="effect" data-testid={`effect-${o.action}`}>
                  {effectLines(t, o).map((l) => (
                    <li key={l}>{l}</li>
                  ))}
                </ul>
              </span>
            </label>
          ))}
          <label htmlFor={reasonId}>
            {chosen?.needsReason ? t('console.x.reasonRequired') : t('console.x.reason')}
          </label>
          <textarea
            id={reasonId}
            className="input"
            data-testid="reason"
            rows={2}
            value={reason}
            aria-invalid={!!error}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setReason(e.target.value)}
          />
          {error && (
            <p className="err-box" id={errorId} role="alert" data-testid="x-error">
              {error}
            </p>
          )}
          <button
            className="btn primary"
            data-testid="x-confirm"
            disabled={busy || !chosen}
            onClick={confirm}
          >
            {chosen
              ? t('console.x.confirm', { action: actionWords(t, chosen) })
              : t('console.x.choose')}
          </button>
        </fieldset>
      )}
      {x.status === 'open' && (
        <div className="row wrap x-assign">
          <label>
            {t('console.x.assignTo')}
            <select
              className="input"
              data-testid="assign-to"
              value={assignee}
              onChange={(e) => setAssignee(e.target.value)}
            >
              <option value="">{t('console.x.nobody')}</option>
              {props.users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <button
            className="btn"
            data-testid="assign"
            disabled={busy || !assignee}
            onClick={() =>
              void run({ action: 'assign', assignTo: assignee }, t('console.x.assign'))
            }
          >
            {t('console.x.assign')}
          </button>
        </div>
      )}
      <div>
        <h3>{t('console.x.trail')}</h3>
        {!d.audit.length && <p className="muted">{t('console.x.noTrail')}</p>}
        <ol className="trail" data-testid="x-trail">
          <li>
            {t('console.x.trailRaised', {
              time: dateTime(x.at, lang),
              user: x.userName ?? t('console.x.someone'),
            })}
          </li>
          {[...d.audit].reverse().map((a) => (
            <li key={a.id}>
              {t('console.x.trailEntry', {
                time: dateTime(a.at, lang),
                user: a.byName ?? '—',
                action:
                  a.action === 'assign' ? t('console.x.assign') : resolutionWords(t, a.action),
              })}
              {a.reason ? ` — ${a.reason}` : ''}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
