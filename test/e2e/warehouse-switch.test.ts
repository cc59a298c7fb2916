// A supervisor of two warehouses switches the device to the other one: its data replaces the
// first warehouse's on the device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { readStore } from '../helpers/device-db.ts';

describe.runIf(requireChromium())('switching warehouse', () => {
  let server: ServerProcess;
  let phone: Phone;
  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'supervisor');
  });
  afterAll(async () => {
    await phone.browser.close();
    await server.dispose();
  });

  it('loads the other warehouse and nothing of the first stays', async () => {
    expect(await phone.app.page.textContent('main')).toContain('Main warehouse');
    await phone.app.go('settings');
    await phone.app.page.click('[data-warehouse=WH2]');
    await phone.app.open('/');
    await phone.app.waitForHome();
    expect(await phone.app.page.textContent('main')).toContain('North depot');
    const locations = await readStore<{ code: string }>(phone.app.page, 'locations');
    expect(locations.map((l) => l.code).sort()).toEqual([
      'A-01-1',
      'A-01-2',
      'A-02-1',
      'A-02-2',
      'A-03-1',
      'A-03-2',
      'DOCK-1',
      'OUT-1',
      'QUAR-1',
    ]);
    expect((await readStore(phone.app.page, 'items')).length).toBe(20);
  });
});
