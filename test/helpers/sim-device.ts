// A simulated device speaking the sync protocol over HTTP, for server tests: it numbers ops,
// pushes and pulls, and keeps the pulled rows so tests can compare them with the server.
import { randomUUID } from 'node:crypto';
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';
import type { DeviceReport, PullResponse, PushResponse } from '../../src/core/protocol.ts';
import { PROTOCOL_VERSION } from '../../src/core/protocol.ts';
import type { HttpClient, Res } from './http-client.ts';

export const report = (over: Partial<DeviceReport> = {}): DeviceReport => ({
  appVersion: 'test',
  pendingCount: 0,
  oldestPendingAt: null,
  storageUsed: null,
  storageQuota: null,
  lastError: null,
  sentAt: Date.now(),
  ...over,
});

export class SimDevice {
  /** The device the client's session was signed in on (a fresh id for a client without one). */
  readonly deviceId: string;
  nextSeq = 1;
  cursor: string | null = null;
  baseVersion = 0;
  resultsAfter = 0;
  epoch: string | null = null;
  readonly rows = new Map<string, Map<string, unknown>>();
  /** A packing device asks for SSCC serial ranges with each pull (docs/shipping.md S2). */
  packs = false;

  constructor(
    public http: HttpClient,
    readonly warehouseId: string,
    readonly userId: string,
  ) {
    this.deviceId = http.deviceId ?? `sim-${randomUUID()}`;
  }

  op(type: string, payload: unknown, v = 1): OpEnvelope {
    return {
      opId: randomUUID(),
      deviceId: this.deviceId,
      seq: this.nextSeq++,
      type,
      v,
      userId: this.userId,
      warehouseId: this.warehouseId,
      at: Date.now(),
      baseVersion: this.baseVersion,
      payload,
    };
  }

  move(p: {
    sku: string;
    from: string;
    to: string;
    qty: number;
    lot?: string;
    expiry?: string;
  }): OpEnvelope {
    return this.op('stock.move', p);
  }

  push(ops: OpEnvelope[]): Promise<Res<PushResponse>> {
    return this.http.post<PushResponse>('/api/sync/push', {
      protocol: PROTOCOL_VERSION,
      deviceId: this.deviceId,
      warehouseId: this.warehouseId,
      report: report(),
      ops,
    });
  }

  async pullPage(limit?: number): Promise<Res<PullResponse>> {
    const res = await this.http.post<PullResponse>('/api/sync/pull', {
      protocol: PROTOCOL_VERSION,
      deviceId: this.deviceId,
      warehouseId: this.warehouseId,
      cursor: this.cursor,
      resultsAfter: this.resultsAfter,
      report: report(),
      ...(limit ? { limit } : {}),
      ...(this.packs ? { sscc: true } : {}),
    });
    if (res.status !== 200) return res;
    const page = res.body;
    if (page.reset) this.rows.clear();
    for (const c of page.changes) {
      let table = this.rows.get(c.e);
      if (!table) this.rows.set(c.e, (table = new Map<string, unknown>()));
      if (c.d) table.delete(c.k);
      else table.set(c.k, c.r);
    }
    this.cursor = page.cursor;
    this.epoch = page.epoch;
    if (page.baseVersion !== null) this.baseVersion = page.baseVersion;
    const last = page.results.at(-1);
    if (last) this.resultsAfter = last.seq;
    return res;
  }

  /** Pulls until the server has nothing more; returns every page. */
  async pullAll(limit?: number): Promise<PullResponse[]> {
    const pages: PullResponse[] = [];
    for (;;) {
      const res = await this.pullPage(limit);
      if (res.status !== 200) throw new Error(`pull: ${res.status} ${JSON.stringify(res.body)}`);
      pages.push(res.body);
      if (!res.body.hasMore) return pages;
    }
  }

  table(entity: string): Map<string, unknown> {
    return this.rows.get(entity) ?? new Map<string, unknown>();
  }
}
