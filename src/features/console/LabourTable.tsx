// Labour per person and task (server/console/labour.ts): lines, units, orders, lines per hour of
// work, short lines and refused ops. A line is a document line, not a scan.
import { useSettings } from '../../app/settings.ts';
import { useT } from '../../app/use-t.ts';
import { dateTime } from './format.ts';
import type { PersonLabour } from './types.ts';

export function LabourTable({ rates, since }: { rates: PersonLabour[]; since: number }) {
  const t = useT();
  const { lang } = useSettings();
  const rows = rates.flatMap((p) => p.tasks.map((f, i) => ({ p, f, first: i === 0 })));
  return (
    <section className="card" data-testid="labour">
      <h2>{t('console.lab.title', { since: dateTime(since, lang) })}</h2>
      <p className="muted">{t('console.lab.hint')}</p>
      {!rows.length ? (
        <p className="muted">{t('console.lab.none')}</p>
      ) : (
        <div className="console-scroll">
          <table className="console-table doc-table">
            <thead>
              <tr>
                <th scope="col">{t('console.lab.person')}</th>
                <th scope="col">{t('console.lab.task')}</th>
                <th scope="col" className="num">
                  {t('console.lab.lines')}
                </th>
                <th scope="col" className="num">
                  {t('console.lab.units')}
                </th>
                <th scope="col" className="num">
                  {t('console.lab.orders')}
                </th>
                <th scope="col" className="num">
                  {t('console.lab.perHour')}
                </th>
                <th scope="col" className="num">
                  {t('console.lab.short')}
                </th>
                <th scope="col" className="num">
                  {t('console.lab.refused')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ p, f, first }) => (
                <tr
                  key={`${p.userId}|${f.task}`}
                  data-testid="labour-row"
                  data-user={p.userName}
                  data-task={f.task}
                >
                  <th scope="row">{first ? p.userName : ''}</th>
                  <td data-label={t('console.lab.task')}>{t(`console.task.${f.task}`)}</td>
                  <td
                    className="num"
                    data-testid="labour-lines"
                    data-label={t('console.lab.lines')}
                  >
                    {f.lines}
                  </td>
                  <td
                    className="num"
                    data-testid="labour-units"
                    data-label={t('console.lab.units')}
                  >
                    {f.units}
                  </td>
                  <td className="num" data-label={t('console.lab.orders')}>
                    {f.orders}
                  </td>
                  <td className="num" data-label={t('console.lab.perHour')}>
                    {f.linesPerHour.toLocaleString(lang)}
                  </td>
                  <td className="num" data-label={t('console.lab.short')}>
                    {f.shortLines}
                  </td>
                  <td className="num" data-label={t('console.lab.refused')}>
                    {f.rejected}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
