// The device's SSCCs (docs/shipping.md S2): every range the server handed this device is copied
// into ssccWallet (a reset snapshot clears base tables, never the wallet), and a serial is
// marked used in ssccUsed before its close is recorded, so a crash in between burns one serial
// at worst and never prints one twice.
import { nextSerial } from '#core/shipping/serial-ranges.ts';
import { makeSscc } from '#core/shipping/sscc.ts';
import { db } from '../../db/database.ts';
import { getDevice } from '../../db/meta.ts';

export async function takeSscc(): Promise<string | null> {
  const { deviceId } = await getDevice();
  const tables = [db.ssccRanges, db.ssccWallet, db.ssccUsed, db.shippingSettings];
  return db.transaction('rw', tables, async () => {
    const mine = await db.ssccRanges.where('deviceId').equals(deviceId).toArray();
    await db.ssccWallet.bulkPut(mine.map((r) => ({ start: r.start, end: r.end })));
    const settings = await db.shippingSettings.get('settings');
    if (!settings) return null;
    const used = new Set(await db.ssccUsed.toCollection().primaryKeys());
    const serial = nextSerial(await db.ssccWallet.toArray(), used);
    if (serial === null) return null;
    await db.ssccUsed.put({ serial, at: Date.now() });
    return makeSscc(settings, serial);
  });
}
