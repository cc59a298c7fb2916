// Device-only counting rows: what the counter has found so far in one location (task or ad-hoc),
// saved at every scan so a reload or a dead battery loses nothing before the count is submitted.
import type { CountLine } from '#core/ops/counting.ts';

export interface CountDraft {
  /** `${task}|${location}`, or `|${location}` for an ad-hoc count. */
  key: string;
  task: string | null;
  location: string;
  lines: CountLine[];
  scans: { text: string; source: 'camera' | 'wedge' | 'typed' }[];
  startedAt: number;
}
