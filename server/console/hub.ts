// Fans changes out to console streams: a new warehouse version (any instance, through the
// store), and a device report (this instance, through the bus). A device's row is read once per
// report and sent to every console of its warehouse. On PostgreSQL, reports made on other
// instances are picked up by a once-a-second look at the devices table.
import type { Store } from '../store/store.ts';
import { onDeviceReport } from './bus.ts';
import { listDevices, type ConsoleDevice } from './devices.ts';
import type { ConsoleTiming } from './timing.ts';

export interface ConsoleListener {
  warehouseId: string;
  version(version: number): void;
  device(device: ConsoleDevice): void;
}

const POLL_MS = 1000;

export class ConsoleHub {
  private readonly listeners = new Set<ConsoleListener>();
  private readonly stops: (() => void)[] = [];
  private readonly seen = new Map<string, number>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly store: Store,
    private readonly timing: ConsoleTiming,
  ) {}

  add(l: ConsoleListener): () => void {
    if (!this.stops.length) this.start();
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
      if (!this.listeners.size) this.stop();
    };
  }

  private start(): void {
    this.stops.push(
      this.store.onVersion((wh, version) => {
        for (const l of this.listeners) if (l.warehouseId === wh) l.version(version);
      }),
      // Unhandled, a failed read here (the database away) would end the process.
      onDeviceReport((wh, deviceId) => void this.sendDevice(wh, deviceId).catch(() => undefined)),
    );
    if (this.store.kind === 'postgres') {
      this.timer = setInterval(() => void this.poll().catch(() => undefined), POLL_MS);
    }
  }

  private stop(): void {
    for (const s of this.stops.splice(0)) s();
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async sendDevice(warehouseId: string, deviceId: string): Promise<void> {
    if (![...this.listeners].some((l) => l.warehouseId === warehouseId)) return;
    const [device] = await listDevices(
      this.store.db,
      warehouseId,
      this.timing,
      Date.now(),
      deviceId,
    );
    if (!device) return;
    this.seen.set(device.id, device.lastSeenAt);
    for (const l of this.listeners) if (l.warehouseId === warehouseId) l.device(device);
  }

  /** Reports that reached another instance: any device seen later than we last sent it. */
  private async poll(): Promise<void> {
    const warehouses = new Set([...this.listeners].map((l) => l.warehouseId));
    for (const wh of warehouses) {
      for (const d of await listDevices(this.store.db, wh, this.timing, Date.now())) {
        if ((this.seen.get(d.id) ?? 0) >= d.lastSeenAt) continue;
        this.seen.set(d.id, d.lastSeenAt);
        for (const l of this.listeners) if (l.warehouseId === wh) l.device(d);
      }
    }
  }
}
