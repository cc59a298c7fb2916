// Slows down password guessing: after a few failures for one username, each further attempt
// must wait longer (kept in the database so every instance agrees).
import type { Store } from '../store/store.ts';

const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

export const throttleKey = (username: string): string => `user:${username.trim().toLowerCase()}`;

/** Milliseconds to wait before another attempt is heard, 0 when free to try. */
export async function waitBeforeAttempt(store: Store, key: string, now: number): Promise<number> {
  const row = await store.db
    .selectFrom('login_failures')
    .selectAll()
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || row.count < FREE_ATTEMPTS) return 0;
  const delay = Math.min(BASE_DELAY_MS * 2 ** (row.count - FREE_ATTEMPTS), MAX_DELAY_MS);
  return Math.max(0, Number(row.last_at) + delay - now);
}

export async function recordFailure(store: Store, key: string, now: number): Promise<void> {
  await store.db
    .insertInto('login_failures')
    .values({ key, count: 1, last_at: now, locked_until: 0 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({ count: eb('login_failures.count', '+', 1), last_at: now })),
    )
    .execute();
}

export async function clearFailures(store: Store, key: string): Promise<void> {
  await store.db.deleteFrom('login_failures').where('key', '=', key).execute();
}
