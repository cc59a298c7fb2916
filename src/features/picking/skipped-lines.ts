// Lines a picker skipped on this device (K10) outlive a reload or a restart of the app: the route
// they chose is kept per picker and list in the browser's storage, so a reload mid-list brings
// the skipped lines back at the end, not first. Nothing here is synced: a skip records no op.
const key = (userId: string, list: string) => `floorsync.skipped.${userId}.${list}`;

export function loadSkipped(userId: string, list: string): string[] {
  try {
    const raw = localStorage.getItem(key(userId, list));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

export function saveSkipped(userId: string, list: string, keys: readonly string[]): void {
  try {
    if (keys.length) localStorage.setItem(key(userId, list), JSON.stringify(keys.slice(-500)));
    else localStorage.removeItem(key(userId, list));
  } catch {
    // A full or blocked storage only loses the order of skipped lines, never a pick.
  }
}
