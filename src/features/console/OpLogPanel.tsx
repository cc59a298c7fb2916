// The op log in the console: who did what, when, on which device, and what the server made of
// it (applied, or refused and why, and the exceptions it raised), newest first. Filters by
// person, device, kind of work, outcome and time; 50 a page with the total, so nothing is cut off
// silently. Times are server time with the date, in the console's language.
import { useEffect, useState } from 'react';
import { describeCode, describeFailure } from '../../app/describe-failure.ts';
import { useSettings } from '../../app/settings.ts';
import { useT, type T } from '../../app/use-t.ts';
import { hasKey } from '../../messages/i18n.ts';
import type { ConsoleConn } from './console-api.ts';
import { deviceName } from './device-state.ts';
import * as D from './docs-api.ts';
import { dateTime } from './format.ts';
import { usePlural } from './plural.ts';
import type { ConsoleDevice } from './types.ts';

export const OPS_PAGE = 50;
const HOUR = 3_600_000;
const SPANS = ['1', '12', '24', 'all'] as const;

const typeWords = (t: T, type: string) => {
  const key = `console.optype.${type}`;
  return hasKey(key) ? t(key) : type;
};

export function OpLogPanel(props: {
  conn: ConsoleConn;
  users: { id: string; name: string }[];
  devices: ConsoleDevice[];
  tick: unknown;
  now: number;
}) {
  const t = useT();
  const { lang } = useSettings();
  const plural = usePlural();
  const { conn } = props;
  const [userId, setUserId] = useState('');
  const [deviceId, setDeviceId] = useState('');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [span, setSpan] = useState<(typeof SPANS)[number]>('12');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<D.OpPage | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // The window starts when the filter is chosen, so paging does not slide under the reader.
  const [from, setFrom] = useState(() => props.now - 12 * HOUR);
  const q = new URLSearchParams({ offset: String(offset), limit: String(OPS_PAGE) });
  if (userId) q.set('userId', userId);
  if (deviceId) q.set('deviceId', deviceId);
  if (type) q.set('type', type);
  if (status) q.set('status', status);
  if (span !== 'all') q.set('from', String(Math.floor(from)));
  const key = q.toString();
  useEffect(() => {
    void D.getOps(conn, new URLSearchParams(key)).then(
      (r) => {
        setPage(r);
        setFailed(null);
      },
      (e: unknown) => setFailed(describeFailure(e, t)),
    );
  }, [conn, key, props.tick, t]);
  const refilter = (f: () => void) => {
    f();
    setOffset(0);
  };

  return (
    <section className="card" data-testid="oplog-panel">
      <h2>{t('console.tab.oplog')}</h2>
      <div className="filters" role="group" aria-label={t('console.ol.filters')}>
        <label className="inline-field">
          {t('console.x.filterPerson')}
          <select
            data-testid="oplog-user"
            value={userId}
            onChange={(e) => refilter(() => setUserId(e.target.value))}
          >
            <option value="">{t('console.x.any')}</option>
            {props.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('console.dev.device')}
          <select
            data-testid="oplog-device"
            value={deviceId}
            onChange={(e) => refilter(() => setDeviceId(e.target.value))}
          >
            <option value="">{t('console.x.any')}</option>
            {props.devices.map((d) => (
              <option key={d.id} value={d.id}>
                {`${deviceName(d)} · ${d.userName}`}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('console.ol.type')}
          <select
            data-testid="oplog-type"
            value={type}
            onChange={(e) => refilter(() => setType(e.target.value))}
          >
            <option value="">{t('console.x.any')}</option>
            {(page?.types ?? []).map((k) => (
              <option key={k} value={k}>
                {typeWords(t, k)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('console.ol.outcome')}
          <select
            data-testid="oplog-status"
            value={status}
            onChange={(e) => refilter(() => setStatus(e.target.value))}
          >
            <option value="">{t('console.x.any')}</option>
            <option value="applied">{t('console.ol.applied')}</option>
            <option value="rejected">{t('console.ol.rejected')}</option>
          </select>
        </label>
        <label className="inline-field">
          {t('console.ol.span')}
          <select
            data-testid="oplog-span"
            value={span}
            onChange={(e) =>
              refilter(() => {
                const s = e.target.value as (typeof SPANS)[number];
                setSpan(s);
                if (s !== 'all') setFrom(props.now - Number(s) * HOUR);
              })
            }
          >
            {SPANS.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('console.ol.spanAll') : t('console.ol.spanHours', { n: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failed && <p className="err-box">{failed}</p>}
      {page && !page.ops.length && <p className="muted">{t('console.ol.none')}</p>}
      {page && page.ops.length > 0 && (
        <>
          <div className="console-scroll">
            <table className="console-table doc-table" data-testid="oplog-table">
              <thead>
                <tr>
                  <th scope="col">{t('console.ol.when')}</th>
                  <th scope="col">{t('console.x.col.who')}</th>
                  <th scope="col">{t('console.ol.what')}</th>
                  <th scope="col">{t('console.ol.about')}</th>
                  <th scope="col">{t('console.ol.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {page.ops.map((o) => (
                  <tr
                    key={`${o.deviceId}|${o.seq}`}
                    data-testid="oplog-row"
                    data-type={o.type}
                    data-status={o.status}
                    className={o.status === 'rejected' ? 'dev-atRisk' : ''}
                  >
                    <td data-label={t('console.ol.when')}>
                      <div className="num">{dateTime(o.at, lang)}</div>
                      {o.receivedAt - o.at > 60_000 && (
                        <div className="sub">
                          {t('console.ol.heard', { time: dateTime(o.receivedAt, lang) })}
                        </div>
                      )}
                    </td>
                    <td data-label={t('console.x.col.who')}>
                      <div>{o.userName ?? t('console.x.someone')}</div>
                      <div className="sub">
                        {deviceName({ id: o.deviceId, label: o.deviceLabel })}
                      </div>
                    </td>
                    <td data-label={t('console.ol.what')}>{typeWords(t, o.type)}</td>
                    <td data-testid="oplog-about" data-label={t('console.ol.about')}>
                      {aboutWords(t, plural, o.about)}
                    </td>
                    <td data-label={t('console.ol.outcome')}>
                      {o.status === 'applied' ? (
                        <span>{t('console.ol.applied')}</span>
                      ) : (
                        <span className="err-text">
                          {t('console.ol.refusedWhy', { why: describeCode(o.code, t) })}
                        </span>
                      )}
                      {o.exceptions > 0 && (
                        <div className="sub warn">{plural('raised', o.exceptions)}</div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="row wrap pager">
            <span data-testid="oplog-showing">
              {t('console.x.showing', {
                from: page.offset + 1,
                to: page.offset + page.ops.length,
                total: page.total,
              })}
            </span>
            <button
              className="btn small"
              disabled={page.offset === 0}
              onClick={() => setOffset(Math.max(0, offset - OPS_PAGE))}
            >
              {t('console.x.prev')}
            </button>
            <button
              className="btn small"
              data-testid="oplog-next"
              disabled={page.offset + page.ops.length >= page.total}
              onClick={() => setOffset(offset + OPS_PAGE)}
            >
              {t('console.x.next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

function aboutWords(t: T, plural: ReturnType<typeof usePlural>, a: D.OpRow['about']): string {
  const parts: string[] = [];
  if (a.document) parts.push(a.line ? `${a.document} #${a.line}` : a.document);
  if (a.qty !== undefined && a.sku) parts.push(`${plural('units', a.qty)} ${a.sku}`);
  else if (a.sku) parts.push(a.sku);
  if (a.location && a.to) parts.push(t('console.ol.fromTo', { from: a.location, to: a.to }));
  else if (a.location) parts.push(a.location);
  return parts.join(' · ');
}
