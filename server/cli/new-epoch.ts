// npm run db:new-epoch — run after restoring the database from a backup. Devices see the new
// epoch, take a fresh snapshot, and resend the ops the restored server no longer has.
import { readConfig } from '../config.ts';
import { mintEpoch, openStore } from '../store/open.ts';
import { skipAfterRestore } from '../tasks/shipping/ranges.ts';

const store = await openStore(readConfig());
const epoch = await mintEpoch(store);
// SSCC serials handed out after the backup was taken are never handed out again (S2).
await skipAfterRestore(store);
await store.close();
process.stdout.write(`new epoch ${epoch}\n`);
