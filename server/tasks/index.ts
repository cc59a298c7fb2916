// Server handlers by op type and version. Every (type, v) in src/core/ops/registry.ts has one.
import { applyMove } from './moving/handlers.ts';
import { applyRelease } from './moving/release.ts';
import { applyReceiveItem, applyReceiveUndo } from './receiving/handlers.ts';
import { applyReceiveClose, applyReceiveFinish } from './receiving/close.ts';
import { applyPutaway } from './putaway/handlers.ts';
import { applyReceiveWrongItem } from './receiving/wrong-item.ts';
import { applyReceiveRefuse } from './receiving/refuse.ts';
import {
  applyPickClaim,
  applyPickComplete,
  applyPickLine,
  applyPickShort,
} from './picking/handlers.ts';
import { applyCountLocation } from './counting/handlers.ts';
import { applyPickAssign, applyPickDefer, applyPickRelease } from './picking/hand-over.ts';
import { applyPickReturn } from './picking/put-back.ts';
import { applyPackItem, applyPackOpen } from './shipping/handlers.ts';
import { applyPackClose } from './shipping/close.ts';
import { applyPickHandover } from './picking/handover.ts';
import { applyLotHold, applyLotUnhold } from './holds/handlers.ts';
import { applyLoadCarton } from './shipping/load.ts';
import type { OpHandler } from '../sync/op-handler.ts';

export const handlers: Record<string, OpHandler<never>> = {
  'stock.move@1': applyMove,
  'receive.item@1': applyReceiveItem,
  'receive.undo@1': applyReceiveUndo,
  'receive.finish@1': applyReceiveFinish,
  'receive.close@1': applyReceiveClose,
  'receive.wrong_item@1': applyReceiveWrongItem,
  'receive.refuse@1': applyReceiveRefuse,
  'putaway.move@1': applyPutaway,
  'pick.claim@1': applyPickClaim,
  'pick.line@1': applyPickLine,
  'pick.short@1': applyPickShort,
  'pick.complete@1': applyPickComplete,
  'count.location@1': applyCountLocation,
  'stock.release@1': applyRelease,
  'pick.release@1': applyPickRelease,
  'pick.assign@1': applyPickAssign,
  'pick.defer@1': applyPickDefer,
  'pick.return@1': applyPickReturn,
  'pack.open@1': applyPackOpen,
  'pack.item@1': applyPackItem,
  'pack.close@1': applyPackClose,
  'pick.handover@1': applyPickHandover,
  'lot.hold@1': applyLotHold,
  'lot.unhold@1': applyLotUnhold,
  'load.carton@1': applyLoadCarton,
};
