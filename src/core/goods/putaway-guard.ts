// Putaway of goods whose shelf life fails the receiving rule (R12): they never go to a storage
// (pick) location; the suggestion is a quarantine location, where a supervisor decides.
import type { Location } from '../entities.ts';
import { judgeReceiveShelfLife, type ShelfLifeRule, type ShelfLifeVerdict } from './shelf-life.ts';

export const putawayShelfLife = (
  t: { expiry: string },
  item: Partial<ShelfLifeRule> & { expiryTracked: boolean },
  today: string,
): ShelfLifeVerdict | null =>
  item.expiryTracked ? judgeReceiveShelfLife(t.expiry, item, today) : null;

/** Where flagged goods may go: only quarantine. Others follow the normal putaway targets. */
export const flaggedTargetOk = (l: Pick<Location, 'kind'>): boolean => l.kind === 'quarantine';

export const quarantineSuggestion = (locations: readonly Location[]): Location | null =>
  [...locations].sort((a, b) => a.walkSeq - b.walkSeq).find((l) => l.kind === 'quarantine') ?? null;
