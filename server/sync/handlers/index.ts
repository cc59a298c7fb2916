// Server handlers by op type and version. Every (type, v) in src/core/ops/registry.ts has one.
import { applyMove } from './move.ts';
import type { OpHandler } from './types.ts';

export const handlers: Record<string, OpHandler<never>> = {
  'stock.move@1': applyMove,
};
