// A list of this device's ops in words ("Move 5 × SKU-1 A-01-1 → B-02-2"), with a reason line.
import { useT } from '../../app/use-t.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import { describeOp } from './describe-op.ts';
import { formatTime } from './format.ts';

export function OpList({ ops, reason }: { ops: OutboxOp[]; reason?: (op: OutboxOp) => string }) {
  const t = useT();
  return (
    <ul className="list">
      {ops.map((op) => (
        <li key={op.seq} data-testid="op-row" data-seq={op.seq}>
          <div>
            <div>{describeOp(op, t)}</div>
            {reason && <div className="sub">{reason(op)}</div>}
          </div>
          <span className="sub">{formatTime(op.at)}</span>
        </li>
      ))}
    </ul>
  );
}
