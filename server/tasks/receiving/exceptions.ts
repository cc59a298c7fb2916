// Turns the findings of judgeReceive (src/core) into exception records for a supervisor: the
// receive is applied, and a person is told what disagrees (the floor is the truth).
import type { ReceiveFinding } from '#core/ops/receiving-rules.ts';
import type { ReceiveItemPayload, ReceivedFacts } from '#core/ops/receiving.ts';
import type { RaisedException } from '#core/protocol.ts';
import { raiseException } from '../../exceptions/raise.ts';
import type { OpContext } from '../../sync/op-handler.ts';

type Extra = Partial<Pick<ReceiveItemPayload, 'reason' | 'note'>> & { photo?: boolean };

function describe(x: ReceiveFinding, f: ReceivedFacts, e: Extra): string {
  const what = `${f.qty} × ${f.sku} on receipt ${f.receipt}`;
  switch (x.kind) {
    case 'over':
      return `Over-receipt: ${x.received} of ${f.sku} received on ${f.receipt} line ${f.line}, ${x.expected} expected (${x.limit} allowed)`;
    case 'unexpected_item':
      return `${f.sku} is not on receipt ${f.receipt}: ${f.qty} received as an extra item`;
    case 'closed_receipt':
      return `Received ${what} after the receipt was closed`;
    case 'damaged':
      return `Damaged: ${what} (${e.reason ?? 'no reason'}), put in ${f.location}${e.photo ? ', photo taken' : ''}`;
    case 'scrap':
      return `Scrapped: ${what} (${e.reason ?? 'no reason'})`;
    case 'serial_duplicate':
      return `Serial ${x.serials.join(', ')} of ${f.sku} was already received on ${f.receipt}`;
    case 'serial_unexpected':
      return `Serial ${x.serials.join(', ')} of ${f.sku} was not announced on ${f.receipt}`;
    case 'missing_tracking':
      return `${what} received without ${x.fields.join(', ')}`;
    case 'expired':
      return `Expired: ${what}, lot ${f.lot || '-'} expired ${x.expiry}; put in ${f.location ?? 'no location'}`;
    case 'short_dated':
      return `Short-dated: ${what}, lot ${f.lot || '-'} expires ${x.expiry} (${x.daysLeft} days left, ${x.minDays} needed); put in ${f.location ?? 'no location'}`;
    case 'lot_other':
      return `Lot ${x.read} of ${f.sku} received on ${f.receipt} line ${f.line}, the receipt announced ${x.announced}`;
  }
}

export async function raiseFindings(
  ctx: OpContext,
  f: ReceivedFacts,
  findings: readonly ReceiveFinding[],
  extra: Extra = {},
): Promise<RaisedException[]> {
  const out: RaisedException[] = [];
  for (const x of findings) {
    const { kind: _kind, ...detail } = x;
    out.push(
      await raiseException(ctx, {
        kind: `receive.${x.kind}`,
        message: describe(x, f, extra),
        said: {
          ...f,
          ...(extra.reason ? { reason: extra.reason } : {}),
          ...(extra.note ? { note: extra.note } : {}),
          ...(extra.photo ? { photo: ctx.op.opId } : {}),
        },
        believed: detail,
        ref: f.receipt,
        opId: ctx.op.opId,
        deviceId: ctx.op.deviceId,
        userId: ctx.op.userId,
        at: ctx.now,
      }),
    );
  }
  return out;
}
