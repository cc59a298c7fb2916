// Units already in the order's cartons, as the pack station shows them.
import { unitsOf } from '#core/shipping/packing.ts';
import type { PackView } from './pack-data.ts';

export const packedUnitsOf = (view: PackView): Map<string, number> =>
  unitsOf(view.cartons.flatMap((c) => c.contents));
