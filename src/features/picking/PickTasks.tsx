// What this device must do about picks that went wrong, in words a picker acts on: a claim that
// lost (hand what counted to the holder, then scan the list to confirm: K13), goods another
// picker is bringing to this device's list, and over-picks (put the extra units back).
import { useT, type T } from '../../app/use-t.ts';
import { usePickTasks, type PickTask } from './pick-data.ts';

export const itemsText = (t: T, items: readonly { sku: string; qty: number }[]): string =>
  items.map((i) => t('pick.itemQty', i)).join(t('pick.itemSep'));

function LostCard({ task }: { task: PickTask }) {
  const t = useT();
  const holder = task.holder ?? '';
  const h = task.handover;
  return (
    <section className="card task lost" data-testid="lost-claim" role="alert">
      <h2>
        {task.holderIsMe
          ? t('pick.takenOverTitle', { list: task.list })
          : t('pick.lostTitle', { holder, list: task.list })}
      </h2>
      <p>{t(task.holderIsMe ? 'pick.takenOverBody' : 'pick.lostBody')}</p>
      {h ? (
        h.open ? (
          <div data-testid="handover">
            <p>
              <strong>{t('pick.handoverGive', { items: itemsText(t, h.items), holder })}</strong>
            </p>
            <p>{t('pick.handoverScan', { list: task.list })}</p>
          </div>
        ) : (
          <p data-testid="handover-done">{t('pick.handoverDone', { holder })}</p>
        )
      ) : task.picks?.length ? (
        <>
          <p>{t('pick.lostGoods', { holder })}</p>
          <ul className="plain">
            {task.picks.map((p) => (
              <li key={`${p.sku}|${p.location}`}>
                {t('pick.pickLine', { qty: p.qty, sku: p.sku, location: p.location })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t(task.allBack ? 'pick.lostAllBack' : 'pick.lostNothing', { holder })}</p>
      )}
    </section>
  );
}

export function PickTasks({ list }: { list?: string }) {
  const t = useT();
  const tasks = usePickTasks(list);
  if (!tasks?.length) return null;
  return (
    <>
      {tasks.map((task) =>
        task.kind === 'lost' ? (
          <LostCard key={task.id} task={task} />
        ) : task.kind === 'collect' ? (
          <section key={task.id} className="card task" data-testid="collect" role="alert">
            <h2>
              {t('pick.collectTitle', {
                items: itemsText(t, task.handover?.items ?? []),
                from: task.handover?.from ?? '',
              })}
            </h2>
            <p>{t('pick.collectBody', { list: task.list, from: task.handover?.from ?? '' })}</p>
          </section>
        ) : (
          <section key={task.id} className="card task over" data-testid="over-pick" role="alert">
            <h2>{t('pick.overTitle', { qty: task.qty ?? 0, sku: task.sku ?? '' })}</h2>
            <p>
              {t('pick.overBody', {
                list: task.list,
                qty: task.qty ?? 0,
                location: task.location ?? '',
              })}
            </p>
          </section>
        ),
      )}
    </>
  );
}
