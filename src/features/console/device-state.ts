// A device's state as the console shows it, and the order rows go in: at risk first (silent in
// the shift, whatever it last said), then devices holding ops, then the rest by last contact.
import type { ConsoleDevice } from './types.ts';

export const deviceStates = ['atRisk', 'online', 'upToDate', 'offline', 'revoked'] as const;
export type DeviceState = (typeof deviceStates)[number];

export function stateOf(d: ConsoleDevice): DeviceState {
  if (d.revokedAt) return 'revoked';
  if (d.stale) return 'atRisk';
  if (!d.online) return 'offline';
  return d.pendingCount ? 'online' : 'upToDate';
}

const rank: Record<DeviceState, number> = {
  atRisk: 0,
  online: 1,
  offline: 2,
  upToDate: 3,
  revoked: 4,
};

export function sortDevices(list: readonly ConsoleDevice[]): ConsoleDevice[] {
  return [...list].sort(
    (a, b) =>
      rank[stateOf(a)] - rank[stateOf(b)] ||
      b.pendingCount - a.pendingCount ||
      a.lastSeenAt - b.lastSeenAt,
  );
}

/** A short name for a device: the supervisor's label, or the first 8 characters of its id. */
export const deviceName = (d: Pick<ConsoleDevice, 'id' | 'label'>): string =>
  d.label ?? d.id.slice(0, 8);

/** Glyphs next to the state words, so the state never rests on colour alone. */
export const stateIcon: Record<DeviceState, string> = {
  atRisk: '⚠',
  online: '↑',
  upToDate: '✓',
  offline: '○',
  revoked: '⊘',
};
