// F6: two pickers on two phones, both offline, claim the same list and pick the same line. They
// reconnect in both orders: the first claim the server applies wins, the other phone is told who
// holds the list and what to do with what it picked; the doubled line is exactly one over-pick
// exception asking for the extra units back; I1–I5 hold.
// On SQLite and PostgreSQL. Faults and invariants as defined in docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { FaultServer, faultStores } from '../helpers/fault-server.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { ackedPicks } from '../helpers/acks.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { PickPage } from '../e2e/pages/pick-page.ts';

/** List → the item of line 1 (picked on both phones) with its each barcode and pick face. */
const LISTS = {
  'PL-F6A': { sku: 'SKU-10001', barcode: '5901231000003', location: 'A-01-1' },
  'PL-F6B': { sku: 'SKU-10002', barcode: '5901231000010', location: 'A-02-1' },
} as const;
type ListNo = keyof typeof LISTS;

describe.runIf(requireChromium()).each(faultStores())(
  'F6: two phones pick one line on %s',
  (kind) => {
    let fs: FaultServer;
    let a: Phone;
    let b: Phone;
    let store: Store;

    beforeAll(async () => {
      fs = await FaultServer.start(kind);
      const server = fs.server;
      const login = await server.http.post<{ token: string }>('/api/auth/login', {
        username: 'admin',
        password: 'admin123',
      });
      const res = await server.http.withToken(login.body.token).post(
        '/api/admin/warehouses/WH1/pick-lists',
        Object.entries(LISTS).map(([number, l]) => ({
          number,
          lines: [
            { order: `SO-${number}`, sku: l.sku, qty: 2, location: l.location },
            { order: `SO-${number}`, sku: 'SKU-10003', qty: 1, location: 'A-03-1' },
          ],
        })),
      );
      expect(res.status).toBe(200);
      a = await openPhone(server, 'picker');
      b = await openPhone(server, 'picker2');
      store = await fs.openStore();
    });
    afterAll(async () => {
      await store?.close();
      await a?.browser.close();
      await b?.browser.close();
      await fs?.dispose();
    });

    /** Offline: claim the list and pick line 1 in full (two scans of one unit). */
    async function pickOffline(phone: Phone, list: ListNo): Promise<void> {
      const l = LISTS[list];
      const pick = new PickPage(phone.app);
      await phone.app.page.context().setOffline(true);
      await phone.app.open('/pick');
      await pick.waitListRow(list);
      await pick.scanList(list);
      await pick.waitLine(l.location, 'location');
      await pick.scan(l.location);
      await pick.waitLine(l.location, 'item');
      await pick.scan(l.barcode);
      await pick.waitQty(1, 2);
      await pick.scan(l.barcode);
      await pick.waitLine('A-03-1', 'location');
    }

    /** I3 + I5 once the phone has heard of the other's changes (poke, then pull). */
    async function settled(phone: Phone): Promise<void> {
      for (let i = 0; ; i++) {
        try {
          await assertDeviceSettled(phone.app.page, store, 'WH1');
          return;
        } catch (err) {
          if (i > 60) throw err;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    }

    async function reconnect(first: Phone, second: Phone, list: ListNo): Promise<void> {
      await first.app.page.context().setOffline(false);
      await first.app.waitForBadge('upToDate', 60_000);
      await second.app.page.context().setOffline(false);
      await second.app.waitForBadge('upToDate', 60_000);
      const l = LISTS[list];

      const held = await store.db
        .selectFrom('pick_lists')
        .select(['claimed_device', 'status'])
        .where('number', '=', list)
        .executeTakeFirstOrThrow();
      expect(held).toEqual({ claimed_device: await first.deviceId(), status: 'claimed' });
      const line = await store.db
        .selectFrom('pick_lines')
        .select(['picked_qty', 'status'])
        .where('list', '=', list)
        .where('line', '=', 1)
        .executeTakeFirstOrThrow();
      expect([Number(line.picked_qty), line.status]).toEqual([4, 'picked']);
      const over = await store.db
        .selectFrom('exceptions')
        .select(['kind', 'device_id', 'message'])
        .where('ref', '=', list)
        .where('kind', '=', 'over-pick')
        .execute();
      expect(over).toHaveLength(1);
      expect(over[0]!.device_id).toBe(await second.deviceId());
      expect(over[0]!.message).toContain(`return 2 to ${l.location}`);
      const secondClaim = (await deviceOps(second.app.page)).find(
        (o) => o.type === 'pick.claim' && (o.payload as { list: string }).list === list,
      );
      expect(secondClaim).toMatchObject({ status: 'rejected', code: 'CONFLICT' });

      // The phone that lost is told who holds the list and to put the extra units back.
      await second.app.open(`/pick?l=${list}`);
      await second.app.page.waitForSelector('[data-testid=lost-claim]');
      const lost = await second.app.page.textContent('[data-testid=lost-claim]');
      expect(lost).toContain(first === a ? 'Pat Picker' : 'Li Na');
      // K13: its 2 units were all extra: nothing is for the holder, all of it goes back.
      expect(lost).toContain(`None of what you picked is for`);
      expect(await second.app.page.textContent('[data-testid=over-pick]')).toContain(
        `Return 2 to ${l.location}`,
      );
      // The winner keeps picking: the next line is still shown.
      await first.app.open(`/pick?l=${list}`);
      await new PickPage(first.app).waitLine('A-03-1', 'location');

      for (const phone of [a, b]) {
        await settled(phone);
        // I1 from the screen: every "… picked" notice the picker saw, applied once.
        const said = ackedPicks(phone.browser.acks);
        const picks = (await deviceOps(phone.app.page)).filter((o) => o.type === 'pick.line');
        expect(said).toHaveLength(picks.length);
        await assertOpsAppliedOnce(store, await phone.deviceId(), said);
      }
      await assertStockArithmetic(store, 'WH1');
    }

    it('A reconnects first: A holds the list, B gets one over-pick and the lost-claim message', async () => {
      await pickOffline(a, 'PL-F6A');
      await pickOffline(b, 'PL-F6A');
      await reconnect(a, b, 'PL-F6A');
    });

    it('B reconnects first: B holds the list, A gets one over-pick and the lost-claim message', async () => {
      await pickOffline(a, 'PL-F6B');
      await pickOffline(b, 'PL-F6B');
      await reconnect(b, a, 'PL-F6B');
    });
  },
);
