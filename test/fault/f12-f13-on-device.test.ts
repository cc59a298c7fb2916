// F12 and F13 as the worker sees them. F12: an op the server can never apply is shown as "not
// applied" with the reason, and later moves still sync. F13: the session expires with moves
// queued; the device asks to sign in again, and the same moves go through (I1-I5).
// Faults and invariants as defined in docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

describe.runIf(requireChromium())('F12 and F13 on the device', () => {
  let server: ServerProcess;
  let phone: Phone;
  let store: Store;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'picker');
    store = serverStore(server);
  });
  afterAll(async () => {
    await store.close();
    await phone.browser.close();
    await server.dispose();
  });

  const settled = async () => {
    await phone.app.waitForBadge('upToDate', 90_000);
    const ops = await deviceOps(phone.app.page);
    await assertOpsAppliedOnce(store, await phone.deviceId(), ops);
    await assertStockArithmetic(store, 'WH1');
    await assertDeviceSettled(phone.app.page, store, 'WH1');
    return ops;
  };

  it('F12: shows the op the server cannot apply, with its reason, and syncs the rest', async () => {
    await server.setHooks({ failOpMatching: 'SKU-10006' });
    const move = new MovePage(phone.app);
    await move.open();
    await move.move('A-06-1', '5901231000058', 'B-01-2'); // SKU-10006: always fails
    await move.move('A-05-1', '5901231000041', 'B-01-2'); // SKU-10005: fine
    const ops = await settled();
    expect(ops.map((o) => o.status)).toEqual(['rejected', 'done']);
    await phone.app.open('/sync');
    const rejected = await phone.app.page.textContent('[data-testid=rejected-list]');
    expect(rejected).toContain('Move 1 × SKU-10006 A-06-1 → B-01-2');
    expect(rejected).toContain('The server could not apply this.');
    await server.setHooks({ failOpMatching: null });
  });

  it('F13: after the session expires offline, signing in again sends the same moves', async () => {
    await phone.browser.context.setOffline(true);
    const move = new MovePage(phone.app);
    await move.open();
    await move.move('A-05-1', '5901231000041', 'B-02-2');
    await move.move('A-05-1', '5901231000041', 'B-02-2');
    const queued = (await deviceOps(phone.app.page)).filter((o) => o.status === 'pending');
    await store.db.updateTable('sessions').set({ expires_at: 1 }).execute();
    await phone.browser.context.setOffline(false);
    await phone.app.waitForBadge('signedOut', 60_000);
    await phone.app.page.click('[data-testid=sync-badge]');
    await phone.app.page.waitForSelector('[data-testid=sync-words][data-state=signedOut]');
    expect(await phone.app.page.textContent('[data-testid=sync-words]')).toContain(
      'Sign in again to send 2 waiting scans',
    );
    await phone.app.page.click('[data-testid=sign-in-again]');
    await phone.app.signIn('picker');
    await phone.app.waitForHome();
    const ops = await settled();
    const sent = ops.filter((o) => queued.some((q) => q.opId === o.opId));
    expect(sent.map((o) => [o.seq, o.status])).toEqual(queued.map((q) => [q.seq, 'done']));
  });
});
