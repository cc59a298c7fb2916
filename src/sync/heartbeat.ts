// While online, the syncing tab tells the server what the device holds unsent (count, oldest,
// storage, last error) every few seconds, so a supervisor sees a device falling behind before
// it goes silent. The server's answer sets the interval.
import { getDevice, getSession } from '../db/meta.ts';
import { api } from './api.ts';
import { buildReport } from './report.ts';

const DEFAULT_MS = 15_000;

export class Heartbeat {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private everyMs = DEFAULT_MS;
  private running = false;

  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** After a sync that sent ops: tell the console at once what is still waiting (often 0). */
  soon(): void {
    if (this.running) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.beat().finally(() => this.next()), ms);
  }

  private next(): void {
    if (this.running) this.schedule(this.everyMs);
  }

  private async beat(): Promise<void> {
    if (!navigator.onLine) return;
    const session = await getSession();
    if (!session) return;
    const { deviceId } = await getDevice();
    const res = await api<{ heartbeatMs?: number }>(
      '/api/sync/heartbeat',
      { deviceId, warehouseId: session.warehouseId, report: await buildReport() },
      session.token,
    ).catch(() => null);
    // Heartbeats fail quietly: the sync loop reports trouble; this only informs the console.
    if (res?.heartbeatMs && res.heartbeatMs >= 500) this.everyMs = res.heartbeatMs;
  }
}
