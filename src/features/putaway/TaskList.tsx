// What waits at the docks, one row per item, lot and dock, with the suggested location; a tap
// selects a row like scanning its item does.
import { useT } from '../../app/use-t.ts';
import type { TaskView } from './putaway-data.ts';

export function TaskList(props: {
  tasks: TaskView[];
  selectedKey: string | null;
  onSelect: (t: TaskView) => void;
}) {
  const t = useT();
  return (
    <ul className="list tasks" data-testid="putaway-list">
      {props.tasks.map((task) => (
        <li key={task.key}>
          <button
            className={`task-row${task.key === props.selectedKey ? ' on' : ''}`}
            data-testid="putaway-row"
            data-sku={task.sku}
            data-from={task.from}
            onClick={() => props.onSelect(task)}
          >
            <span className="task-main">
              <span className="rline-sku">{task.sku}</span>
              {task.item && <span className="sub ellipsis">{task.item.description}</span>}
              <span className="sub">
                {[
                  t('putaway.from', { location: task.from }),
                  task.lot && `${t('common.lot')} ${task.lot}`,
                  task.suggestion && `→ ${task.suggestion.code}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </span>
            <span className="qty" data-testid="putaway-qty">
              {task.qty}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
