// The words of a shelf-life verdict (R9): the title of the receiver's decision and its tone.
import type { ShelfLifeVerdict } from '#core/goods/shelf-life.ts';

export const decisionTitle = (v: ShelfLifeVerdict) =>
  v.kind === 'expired' ? ('goods.expiredTitle' as const) : ('goods.shortDatedTitle' as const);

export const decisionParams = (v: ShelfLifeVerdict) => ({
  expiry: v.expiry,
  days: v.daysLeft,
  min: v.kind === 'short_dated' ? v.minDays : 0,
});
