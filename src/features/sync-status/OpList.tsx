// A list of this device's ops in words ("Move 5 × SKU-1 A-01-1 → B-02-2"), with a reason line.
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../app/use-t.ts';
import { db } from '../../db/database.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import { describeOp } from './describe-op.ts';
import { formatTime } from './format.ts';

export function OpList({ ops, reason }: { ops: OutboxOp[]; reason?: (op: OutboxOp) => string }) {
  const t = useT();
  // Who recorded each op, by name: a shared phone holds several people's work.
  const names = useLiveQuery(
    async () => new Map((await db.users.toArray()).map((u) => [u.id, u.name])),
    [],
  );
  return (
    <ul className="list">
      {ops.map((op) => (
        <li key={op.seq} data-testid="op-row" data-seq={op.seq}>
          <div>
            <div>{describeOp(op, t, names)}</div>
            {reason && <div className="sub">{reason(op)}</div>}
          </div>
          <span className="sub">
            {names?.get(op.userId) ?? ''} {formatTime(op.at)}
          </span>
        </li>
      ))}
    </ul>
  );
}
