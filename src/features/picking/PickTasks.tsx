// What this device must do about picks that went wrong, in words a picker acts on: a claim that
// lost (give what you picked to the holder) and over-picks (put the extra units back).
import { useT } from '../../app/use-t.ts';
import { usePickTasks } from './pick-data.ts';

export function PickTasks({ list }: { list?: string }) {
  const t = useT();
  const tasks = usePickTasks(list);
  if (!tasks?.length) return null;
  return (
    <>
      {tasks.map((task) =>
        task.kind === 'lost' ? (
          <section key={task.id} className="card task lost" data-testid="lost-claim" role="alert">
            <h2>
              {task.holderIsMe
                ? t('pick.takenOverTitle', { list: task.list })
                : t('pick.lostTitle', { holder: task.holder ?? '', list: task.list })}
            </h2>
            <p>{t(task.holderIsMe ? 'pick.takenOverBody' : 'pick.lostBody')}</p>
            {task.picks?.length ? (
              <>
                <p>{t('pick.lostGoods', { holder: task.holder ?? '' })}</p>
                <ul className="plain">
                  {task.picks.map((p) => (
                    <li key={`${p.sku}|${p.location}`}>
                      {t('pick.pickLine', { qty: p.qty, sku: p.sku, location: p.location })}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('pick.lostNothing')}</p>
            )}
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
