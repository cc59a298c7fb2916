// Sign-in throttling that holds under parallel guesses and cannot lock anyone else out. Every
// attempt is counted atomically BEFORE the password is checked (one conditional UPSERT per key,
// in the store, so every instance shares it):
//   - per source address (`ip:`): after 20 misses the source waits, 30 s doubling to 15 min;
//   - per account and source (`user:…|ip:…`): after 5 misses that pair waits the same way;
//   - per account (`user:`): never refused, only slowed (up to 3 s), so a guesser elsewhere
//     can neither lock the real user out nor guess fast from many addresses.
// A success clears the account's rows and gives its source back the attempt.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';

const PAIR_FREE = 5;
const SOURCE_FREE = 20;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
const MAX_SLOWDOWN_MS = 3_000;
const FORGET_AFTER_MS = 24 * 3600_000;

const account = (username: string) => `user:${username.trim().toLowerCase()}`;
const source = (ip: string) => `ip:${ip}`;
const pair = (username: string, ip: string) => `${account(username)}|${source(ip)}`;

/** SQL for the lock time once the count reaches `n`: none below `free`, then doubling. */
function lockAfter(count: ReturnType<typeof sql>, free: number, now: number) {
  const steps: ReturnType<typeof sql>[] = [];
  for (let k = 0; BASE_DELAY_MS * 2 ** k < MAX_DELAY_MS; k++)
    steps.push(
      sql`when ${count} = ${free + k} then cast(${now + BASE_DELAY_MS * 2 ** k} as bigint)`,
    );
  return sql<number>`case when ${count} < ${free} then 0 ${sql.join(steps, sql` `)} else cast(${now + MAX_DELAY_MS} as bigint) end`;
}

/** Counts one attempt on `key`; answers the ms to wait when the key is locked (nothing counted). */
async function reserve(store: Store, key: string, free: number, now: number): Promise<number> {
  const row = await store.db
    .insertInto('login_failures')
    .values({ key, count: 1, last_at: now, locked_until: 0 })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          count: sql`login_failures.count + 1`,
          last_at: now,
          locked_until: lockAfter(sql`login_failures.count + 1`, free, now),
        })
        .where('login_failures.locked_until', '<=', now),
    )
    .returning('count')
    .executeTakeFirst();
  if (row) return 0;
  const locked = await store.db
    .selectFrom('login_failures')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return Math.max(1, Number(locked?.locked_until ?? 0) - now);
}

export interface Attempt {
  /** ms before this source may try this account again; 0 when the attempt is heard. */
  waitMs: number;
  /** ms to hold the answer back: the account has seen many misses from anywhere. */
  slowdownMs: number;
}

export async function beginAttempt(
  store: Store,
  username: string,
  ip: string,
  now: number,
): Promise<Attempt> {
  if (Math.random() < 0.01) await forgetOld(store, now);
  const bySource = await reserve(store, source(ip), SOURCE_FREE, now);
  if (bySource) return { waitMs: bySource, slowdownMs: 0 };
  const byPair = await reserve(store, pair(username, ip), PAIR_FREE, now);
  if (byPair) return { waitMs: byPair, slowdownMs: 0 };
  const row = await store.db
    .insertInto('login_failures')
    .values({ key: account(username), count: 1, last_at: now, locked_until: 0 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({ count: sql`login_failures.count + 1`, last_at: now }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  const over = Number(row.count) - PAIR_FREE;
  return { waitMs: 0, slowdownMs: over > 0 ? Math.min(100 * 2 ** over, MAX_SLOWDOWN_MS) : 0 };
}

export async function attemptSucceeded(store: Store, username: string, ip: string): Promise<void> {
  await clearUserThrottle(store.db, username);
  await store.db
    .updateTable('login_failures')
    .set({ count: sql`count - 1` })
    .where('key', '=', source(ip))
    .where('count', '>', 0)
    .execute();
}

/** The account's own row and its per-source rows; a prefix match, so `%` or `_` in a name match only themselves. */
const accountRows = (username: string) => {
  const key = account(username);
  const prefix = `${key}|`;
  return sql<boolean>`(key = ${key} or substr(key, 1, ${prefix.length}) = ${prefix})`;
};

/** Lifts every lock and slow-down on one account (a supervisor's unlock, a successful sign-in). */
export async function clearUserThrottle(db: Kysely<Database>, username: string): Promise<void> {
  await db.deleteFrom('login_failures').where(accountRows(username)).execute();
}

/** Whether some source must wait before trying this account again. */
export async function accountLocked(store: Store, username: string, now: number): Promise<boolean> {
  const row = await store.db
    .selectFrom('login_failures')
    .select('key')
    .where(accountRows(username))
    .where('locked_until', '>', now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Rows of names nobody has tried for a day go, so random names cannot grow the table forever. */
async function forgetOld(store: Store, now: number): Promise<void> {
  await store.db
    .deleteFrom('login_failures')
    .where('last_at', '<', now - FORGET_AFTER_MS)
    .where('locked_until', '<', now)
    .execute();
}
