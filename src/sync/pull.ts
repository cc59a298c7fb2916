// Pull: snapshot pages are written as they come (behind a progress screen, P12); an
// incremental catch-up is collected until the server has no more and then lands in one
// transaction with the cursor and the op confirmations, so the screen never shows half (P15).
import { hasAnyRole, pickingRoles } from '#core/roles.ts';
import { PROTOCOL_VERSION, type FeedRow, type PullResponse } from '#core/protocol.ts';
import { baseTables, db, tableOfEntity, toLocalRow } from '../db/database.ts';
import { getSync } from '../db/meta.ts';
import type { SessionMeta, SyncMeta } from '../db/meta-types.ts';
import { api } from './api.ts';
import { buildReport } from './report.ts';
import { purgeOldDone, recordResults, settleAcked } from './results.ts';

export const PULL_LIMIT = 2000;

/**
 * The sync meta with the IndexedDB schema its cursor was taken under. A cursor from an older
 * schema skipped the entities that build did not know (writeChanges drops them), so after an
 * upgrade that adds tables the device starts over with a snapshot, or it would never get them.
 */
type PulledSync = SyncMeta & { schema?: number };

export interface PullProgress {
  (done: number, total: number): void;
}

export async function pullAll(session: SessionMeta, deviceId: string): Promise<PullResponse> {
  let collected: FeedRow[] = [];
  let last: PullResponse | null = null;
  for (;;) {
    const sync = await getSync();
    const cursor: string | null = last
      ? last.cursor
      : sync.warehouseId === session.warehouseId && (sync as PulledSync).schema === db.verno
        ? sync.cursor
        : null;
    const page: PullResponse = await api<PullResponse>(
      '/api/sync/pull',
      {
        protocol: PROTOCOL_VERSION,
        deviceId,
        warehouseId: session.warehouseId,
        cursor,
        resultsAfter: sync.resultsAfter,
        limit: PULL_LIMIT,
        report: await buildReport(),
        // Pickers pack too: their phone carries a shift's SSCC serials (docs/shipping.md S2).
        ...(hasAnyRole(session.user.roles, pickingRoles) ? { sscc: true } : {}),
      },
      session.token,
    );
    if (page.reset || page.snapshot) {
      await landPage(session, page, page.changes, page.reset);
      collected = [];
    } else {
      collected = collected.concat(page.changes);
    }
    last = page;
    if (!page.hasMore) break;
  }
  await landPage(session, last, collected, false);
  return last;
}

async function landPage(
  session: SessionMeta,
  page: PullResponse,
  changes: readonly FeedRow[],
  reset: boolean,
): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', [db.meta, db.outbox, ...baseTables.map((t) => db[t])], async () => {
    if (reset) await Promise.all(baseTables.map((t) => db[t].clear()));
    await writeChanges(changes);
    const prev = await getSync();
    const baseVersion = page.baseVersion ?? prev.baseVersion;
    const lastResult = page.results.at(-1);
    const next: PulledSync = {
      ...prev,
      schema: db.verno,
      warehouseId: session.warehouseId,
      epoch: page.epoch,
      cursor: page.cursor,
      baseVersion: reset && page.baseVersion === null ? 0 : baseVersion,
      snapshot: page.snapshot && page.snapshot.done < page.snapshot.total ? page.snapshot : null,
      resultsAfter: lastResult ? Math.max(prev.resultsAfter, lastResult.seq) : prev.resultsAfter,
      lastSyncedAt: now,
      clockOffsetMs: page.serverTime - now,
    };
    await db.meta.put(next);
    await recordResults(page.results, next.baseVersion, now);
    await settleAcked(next.baseVersion);
    await purgeOldDone(now);
  });
}

/** Groups rows by table and writes them with bulk calls (a snapshot page is thousands of rows). */
async function writeChanges(changes: readonly FeedRow[]): Promise<void> {
  const puts = new Map<string, unknown[]>();
  const deletes = new Map<string, string[]>();
  for (const c of changes) {
    const table = tableOfEntity[c.e];
    if (!table) continue; // an entity this app version does not know yet
    if (c.d) {
      const list = deletes.get(table) ?? [];
      list.push(c.k);
      deletes.set(table, list);
    } else {
      const list = puts.get(table) ?? [];
      list.push(toLocalRow(c.e, c.r));
      puts.set(table, list);
    }
  }
  for (const [table, keys] of deletes) await db.table(table).bulkDelete(keys);
  for (const [table, rows] of puts) await db.table(table).bulkPut(rows);
}
