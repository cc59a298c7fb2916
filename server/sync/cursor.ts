// Pull cursors are opaque to devices. Incremental: "<epoch>.v<version>". Snapshot in progress:
// "<epoch>.s<version>.<total>.<done>.<after>" where <after> is the last (entity, key) sent.

export type Cursor =
  | { kind: 'incremental'; epoch: string; version: number }
  | {
      kind: 'snapshot';
      epoch: string;
      version: number;
      total: number;
      done: number;
      after: [string, string] | null;
    };

export function encodeCursor(c: Cursor): string {
  if (c.kind === 'incremental') return `${c.epoch}.v${c.version}`;
  const after = c.after ? Buffer.from(JSON.stringify(c.after)).toString('base64url') : '';
  return `${c.epoch}.s${c.version}.${c.total}.${c.done}.${after}`;
}

/** Null for anything unreadable: the device then starts over with a snapshot. */
export function decodeCursor(s: string | null): Cursor | null {
  if (!s) return null;
  const parts = s.split('.');
  const [epoch, head] = parts;
  if (!epoch || !head) return null;
  const version = Number(head.slice(1));
  if (!Number.isSafeInteger(version) || version < 0) return null;
  if (head[0] === 'v' && parts.length === 2) return { kind: 'incremental', epoch, version };
  if (head[0] !== 's' || parts.length !== 5) return null;
  const total = Number(parts[2]);
  const done = Number(parts[3]);
  if (!Number.isSafeInteger(total) || !Number.isSafeInteger(done)) return null;
  let after: [string, string] | null = null;
  if (parts[4]) {
    try {
      const v: unknown = JSON.parse(Buffer.from(parts[4], 'base64url').toString());
      if (
        !Array.isArray(v) ||
        v.length !== 2 ||
        typeof v[0] !== 'string' ||
        typeof v[1] !== 'string'
      )
        return null;
      after = [v[0], v[1]];
    } catch {
      return null;
    }
  }
  return { kind: 'snapshot', epoch, version, total, done, after };
}
