// The sync loop. One tab per device leads (Web Locks); it pushes waiting ops, then pulls, on
// start, on a new op, on coming online or visible, on a poke, and on a timer. Failures back
// off with jitter; a 401 stops until the worker signs in again, and the same ops go then.
import { db } from '../db/database.ts';
import { getDevice, getSession, getSync, setStatus } from '../db/meta.ts';
import { onChannel } from './channel.ts';
import { ApiFailure } from './api.ts';
import { backoffDelay } from './backoff.ts';
import { Heartbeat } from './heartbeat.ts';
import { listenForPokes } from './events.ts';
import { pullAll } from './pull.ts';
import {
  highestAnswered,
  lostOpsMessage,
  pushBatch,
  resendAfter,
  type SyncWithLoss,
} from './push.ts';

const TIMER_MS = 30_000;
const OP_SETTLE_MS = 400;
const OP_MAX_WAIT_MS = 3000;
const LOCK = 'floorsync-sync';

export class SyncLoop {
  private wake: (() => void) | null = null;
  private dirty = true;
  private failures = 0;
  private stopPokes: (() => void) | null = null;
  private pokeKey = '';
  private readonly heartbeat = new Heartbeat();
  leader = false;

  private listening = false;

  /**
   * Waits for the sync lock; the tab holding it syncs until it closes or is put away. A page
   * kept in the back/forward cache must not keep the lock (it would be frozen, holding it and
   * syncing nothing), so leadership ends on pagehide and is asked for again on pageshow.
   */
  start(): void {
    if (!this.listening) {
      this.listening = true;
      this.listen();
      window.addEventListener('pageshow', (e) => {
        if (e.persisted) this.start();
      });
    }
    const run = () => {
      const hidden = new Promise<void>((resolve) =>
        window.addEventListener('pagehide', () => resolve(), { once: true }),
      );
      return Promise.race([this.lead(), hidden]).finally(() => {
        this.leader = false;
        this.heartbeat.stop();
        delete document.documentElement.dataset['syncLeader'];
        this.closePokes();
        this.wake?.();
      });
    };
    if ('locks' in navigator) void navigator.locks.request(LOCK, run);
    else void run();
  }

  private soon: ReturnType<typeof setTimeout> | null = null;
  private firstWaitingAt = 0;

  /**
   * A new op: push once the worker pauses (or after at most OP_MAX_WAIT_MS), not at once. A
   * worker scanning steadily gets their ops sent together, and the sync's IndexedDB writes do
   * not queue ahead of the next scan's.
   */
  triggerSoon(): void {
    const now = Date.now();
    if (!this.soon) this.firstWaitingAt = now;
    else clearTimeout(this.soon);
    const wait = Math.max(0, Math.min(OP_SETTLE_MS, this.firstWaitingAt + OP_MAX_WAIT_MS - now));
    this.soon = setTimeout(() => {
      this.soon = null;
      this.trigger();
    }, wait);
  }

  trigger(urgent = false): void {
    this.dirty = true;
    if (urgent) this.failures = 0;
    this.wake?.();
  }

  /** Triggers that wake the loop (they do nothing in a tab that does not lead). */
  private listen(): void {
    onChannel((msg) => (msg.type === 'sync-now' ? this.trigger(true) : this.triggerSoon()));
    window.addEventListener('online', () => this.trigger(true));
    window.addEventListener(
      'offline',
      () => void setStatus({ state: 'offline', errorCode: null, errorMessage: null }),
    );
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.trigger(true);
    });
  }

  private async lead(): Promise<void> {
    this.leader = true;
    // Marks the syncing tab, for the status screen and for tests that close it.
    document.documentElement.dataset['syncLeader'] = 'true';
    void navigator.storage?.persist?.().catch(() => false);
    this.heartbeat.start();
    while (this.leader) {
      const delay = this.failures ? backoffDelay(this.failures) : TIMER_MS;
      if (!this.dirty) await this.sleep(delay);
      this.dirty = false;
      // The loop must outlive any failure: if it ended, this tab would hold the lock and
      // nobody would sync.
      await this.cycle().catch((err: unknown) => this.failed(err).catch(() => undefined));
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async cycle(): Promise<void> {
    const session = await getSession();
    if (!session) {
      this.closePokes();
      return setStatus({ state: 'signed-out', errorCode: null, errorMessage: null });
    }
    if (!navigator.onLine) {
      // Look again soon even without an 'online' event (some networks never send one).
      this.failures = Math.min(this.failures + 1, 3);
      return setStatus({ state: 'offline', errorCode: null, errorMessage: null });
    }
    const { deviceId } = await getDevice();
    try {
      await setStatus({ state: 'syncing', errorCode: null, errorMessage: null });
      const hadWaiting = (await db.outbox.where('status').equals('pending').count()) > 0;
      while (await pushBatch(session, deviceId)) {
        /* one batch in flight at a time */
      }
      const pulled = await pullAll(session, deviceId);
      // A restored server may hold fewer of our ops than it answered: send the rest now,
      // without waiting for the next scan to meet a gap.
      if (pulled.lastSeq < (await highestAnswered())) {
        await resendAfter(pulled.lastSeq);
        this.dirty = true;
      }
      if (hadWaiting) this.heartbeat.soon();
      this.failures = 0;
      this.openPokes(session.warehouseId, deviceId, session.token);
      // Ops lost for good stay reported (on the phone and to the server) while the rest flow.
      const lost = ((await getSync()) as SyncWithLoss).lost;
      await setStatus(
        lost
          ? { state: 'error', errorCode: 'SERVER_MISSING_OPS', errorMessage: lostOpsMessage(lost) }
          : { state: 'idle', errorCode: null, errorMessage: null },
      );
    } catch (err) {
      await this.failed(err);
    }
  }

  private async failed(err: unknown): Promise<void> {
    const f =
      err instanceof ApiFailure
        ? err
        : new ApiFailure(0, 'INTERNAL', err instanceof Error ? err.message : String(err), true);
    if (f.status === 401) {
      this.closePokes();
      this.failures = 0;
      return setStatus({ state: 'signed-out', errorCode: f.code, errorMessage: f.message });
    }
    this.failures += 1;
    if (f.code === 'NETWORK')
      return setStatus({ state: 'offline', errorCode: 'NETWORK', errorMessage: f.message });
    return setStatus({ state: 'error', errorCode: f.code, errorMessage: f.message });
  }

  private openPokes(warehouseId: string, deviceId: string, token: string): void {
    const key = `${warehouseId}:${token}`;
    if (this.pokeKey === key) return;
    this.closePokes();
    this.pokeKey = key;
    this.stopPokes = listenForPokes(warehouseId, deviceId, token, (version) => {
      void getSync().then((s) => {
        if (version > s.baseVersion) this.trigger();
      });
    });
  }

  private closePokes(): void {
    this.stopPokes?.();
    this.stopPokes = null;
    this.pokeKey = '';
  }
}

export const syncLoop = new SyncLoop();
