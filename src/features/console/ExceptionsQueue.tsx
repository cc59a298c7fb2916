// The exceptions queue as a table, one line per exception: kind (glyph and words), what happened
// in a sentence, where, who, age, value, status. Filters, search and sort go to the server, which
// pages past 500 and says how many matched. "Details" opens the exception with its actions.
import { useState } from 'react';
import { useSettings } from '../../app/settings.ts';
import { useT } from '../../app/use-t.ts';
import type * as A from './console-api.ts';
import { describeException, kindIcon, kindWords, resolutionWords } from './describe-exception.ts';
import { BulkBar } from './BulkBar.tsx';
import { ExceptionDetail } from './ExceptionDetail.tsx';
import { age, money } from './format.ts';
import type { ConsoleException, ExceptionPage } from './types.ts';

export const FAMILIES = {
  receive: 'receive.',
  pick: 'over-pick,short-pick,pick.over_book,replenishment',
  count: 'count-variance',
  move: 'move.over_book,putaway.over_book',
} as const;
type Family = keyof typeof FAMILIES;

export const PAGE = 100;

export function ExceptionFilters(props: {
  filter: URLSearchParams;
  users: { id: string; name: string }[];
  onChange: (f: URLSearchParams) => void;
}) {
  const t = useT();
  const [q, setQ] = useState(props.filter.get('q') ?? '');
  const set = (k: string, v: string) => {
    const f = new URLSearchParams(props.filter);
    if (v) f.set(k, v);
    else f.delete(k);
    f.delete('offset');
    props.onChange(f);
  };
  return (
    <div className="filters" role="search">
      <form
        className="filter-search"
        onSubmit={(e) => {
          e.preventDefault();
          set('q', q.trim());
        }}
      >
        <label>
          {t('console.x.search')}
          <span className="row">
            <input
              className="input"
              data-testid="filter-q"
              type="search"
              value={q}
              placeholder={t('console.x.searchHint')}
              onChange={(e) => setQ(e.target.value)}
            />
            <button className="btn">{t('console.x.find')}</button>
          </span>
        </label>
      </form>
      {props.filter.get('ref') && (
        <p className="row wrap" data-testid="filter-ref">
          <span className="warn-text">{t('console.x.onlyRef')}</span>
          <button className="btn small" type="button" onClick={() => set('ref', '')}>
            {t('console.x.clearRef')}
          </button>
        </p>
      )}
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
          {(Object.keys(FAMILIES) as Family[]).map((f) => (
            <option key={f} value={FAMILIES[f]}>
              {t(`console.x.family.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('console.x.filterPerson')}
        <select
          data-testid="filter-person"
          value={props.filter.get('userId') ?? ''}
          onChange={(e) => set('userId', e.target.value)}
        >
          <option value="">{t('console.x.any')}</option>
          {props.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
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
      <label>
        {t('console.x.sort')}
        <select
          data-testid="filter-sort"
          value={props.filter.get('sort') ?? 'newest'}
          onChange={(e) => set('sort', e.target.value)}
        >
          <option value="newest">{t('console.x.sort.newest')}</option>
          <option value="oldest">{t('console.x.sort.oldest')}</option>
          <option value="value">{t('console.x.sort.value')}</option>
        </select>
      </label>
    </div>
  );
}

export function ExceptionsQueue(props: {
  conn: A.ConsoleConn;
  page: ExceptionPage | null;
  users: { id: string; name: string }[];
  now: number;
  filter: URLSearchParams;
  onFilter: (f: URLSearchParams) => void;
  onDone: () => void;
}) {
  const t = useT();
  const { lang } = useSettings();
  const [open, setOpen] = useState<string | null>(null);
  const [picked, setPicked] = useState<Set<string>>(() => new Set());
  const page = props.page;
  if (!page) return <p className="muted">{t('console.loading')}</p>;
  if (!page.total) return <p className="muted">{t('console.x.none')}</p>;
  const from = page.offset + 1;
  const to = page.offset + page.exceptions.length;
  const goTo = (offset: number) => {
    const f = new URLSearchParams(props.filter);
    f.set('offset', String(Math.max(0, offset)));
    props.onFilter(f);
  };
  const openIds = page.exceptions.filter((x) => x.status === 'open').map((x) => x.id);
  const chosen = openIds.filter((id) => picked.has(id));
  const toggle = (id: string) =>
    setPicked((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <section className="x-queue">
      {chosen.length > 0 && (
        <BulkBar
          conn={props.conn}
          ids={chosen}
          onClear={() => setPicked(new Set())}
          onDone={() => {
            setPicked(new Set());
            props.onDone();
          }}
        />
      )}
      <div className="pager" data-testid="x-count">
        <span>{t('console.x.showing', { from, to, total: page.total })}</span>
        <button
          className="btn small"
          disabled={page.offset === 0}
          onClick={() => goTo(page.offset - page.limit)}
        >
          {t('console.x.prev')}
        </button>
        <button
          className="btn small"
          disabled={to >= page.total}
          onClick={() => goTo(page.offset + page.limit)}
        >
          {t('console.x.next')}
        </button>
      </div>
      <div className="console-scroll">
        <table className="console-table x-table" data-testid="exceptions">
          <thead>
            <tr>
              <th>
                <input
                  type="checkbox"
                  data-testid="bulk-all"
                  aria-label={t('console.bulk.selectPage')}
                  checked={openIds.length > 0 && chosen.length === openIds.length}
                  disabled={!openIds.length}
                  onChange={() =>
                    setPicked(chosen.length === openIds.length ? new Set() : new Set(openIds))
                  }
                />
              </th>
              <th>{t('console.x.col.kind')}</th>
              <th>{t('console.x.col.what')}</th>
              <th>{t('console.x.col.where')}</th>
              <th>{t('console.x.col.who')}</th>
              <th>{t('console.x.col.age')}</th>
              <th className="num">{t('console.x.col.value')}</th>
              <th>{t('console.x.col.status')}</th>
              <th>
                <span className="sr-only">{t('console.dev.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.exceptions.map((x) => (
              <Row
                key={x.id}
                x={x}
                now={props.now}
                lang={lang}
                open={open === x.id}
                picked={picked.has(x.id)}
                onPick={() => toggle(x.id)}
                onToggle={() => setOpen(open === x.id ? null : x.id)}
                detail={
                  open === x.id ? (
                    <ExceptionDetail
                      conn={props.conn}
                      id={x.id}
                      users={props.users}
                      onDone={() => {
                        setOpen(null);
                        props.onDone();
                      }}
                    />
                  ) : null
                }
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Row(props: {
  x: ConsoleException;
  now: number;
  lang: 'en' | 'zh-CN';
  open: boolean;
  picked: boolean;
  onPick: () => void;
  onToggle: () => void;
  detail: React.ReactNode;
}) {
  const t = useT();
  const { x } = props;
  const status =
    x.status === 'open'
      ? x.assignedName
        ? t('console.x.assignedTo', { user: x.assignedName })
        : t('console.x.status.open')
      : resolutionWords(t, x.resolution);
  return (
    <>
      <tr
        className={`x-row ${x.status === 'open' ? 'x-open' : 'x-done'}`}
        data-testid="exception"
        data-kind={x.kind}
        data-id={x.id}
        data-status={x.status}
      >
        <td>
          {x.status === 'open' && (
            <input
              type="checkbox"
              data-testid="bulk-pick"
              aria-label={t('console.bulk.select', { what: describeException(t, x) })}
              checked={props.picked}
              onChange={props.onPick}
            />
          )}
        </td>
        <td className="x-kind">
          <span aria-hidden="true" className="glyph">
            {kindIcon(x.kind)}
          </span>{' '}
          {kindWords(t, x.kind)}
        </td>
        <td className="x-what" data-testid="x-sentence">
          {describeException(t, x)}
        </td>
        <td className="mono">{x.location ?? x.ref ?? '—'}</td>
        <td>{x.userName ?? '—'}</td>
        <td className="num">{age(t, props.now - x.at)}</td>
        <td className="num">{x.value ? money(x.value, props.lang) : '—'}</td>
        <td>{status}</td>
        <td>
          <button
            className="btn small"
            aria-expanded={props.open}
            data-testid="x-details"
            onClick={props.onToggle}
          >
            {props.open ? t('console.x.hide') : t('console.x.details')}
          </button>
        </td>
      </tr>
      {props.open && (
        <tr className="x-detail-row" data-for={x.id}>
          <td colSpan={9}>{props.detail}</td>
        </tr>
      )}
    </>
  );
}
