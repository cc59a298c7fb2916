// Shipping helpers for server tests: a device's SSCC ranges from its pulled rows, the next SSCC
// it would print, and carton rows on the server.
import type { SimDevice } from './sim-device.ts';
import type { Store } from '../../server/store/store.ts';
import type { Carton, SsccRangeRow } from '../../src/core/shipping/entities.ts';
import { makeSscc } from '../../src/core/shipping/sscc.ts';
import { nextSerial } from '../../src/core/shipping/serial-ranges.ts';

export const DEMO_SSCC = { extensionDigit: 0, companyPrefix: '5901234' };

/** The ranges the server handed this device, as its pulled rows hold them. */
export const rangesOf = (dev: SimDevice): SsccRangeRow[] =>
  [...dev.table('ssccRange').values()]
    .map((r) => r as SsccRangeRow)
    .filter((r) => r.deviceId === dev.deviceId);

/** A device's SSCC allocator as the app keeps it: ranges seen (kept across resets), serials used. */
export class SsccWallet {
  readonly ranges = new Map<number, { start: number; end: number }>();
  readonly used = new Set<number>();

  constructor(readonly dev: SimDevice) {}

  /** Keeps every range the device was ever handed (a reset snapshot must not forget them). */
  absorb(): void {
    for (const r of rangesOf(this.dev)) this.ranges.set(r.start, { start: r.start, end: r.end });
  }

  next(): string | null {
    const serial = nextSerial([...this.ranges.values()], this.used);
    if (serial === null) return null;
    this.used.add(serial);
    return makeSscc(DEMO_SSCC, serial);
  }
}

export async function cartonOf(store: Store, id: string, wh = 'WH1'): Promise<Carton> {
  const row = await store.db
    .selectFrom('cartons')
    .select('data')
    .where('warehouse_id', '=', wh)
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.data) as Carton;
}
