// npm run db:new-epoch — run after restoring the database from a backup. Devices see the new
// epoch, take a fresh snapshot, and resend the ops the restored server no longer has.
import { readConfig } from '../config.ts';
import { mintEpoch, openStore } from '../store/open.ts';

const store = await openStore(readConfig());
const epoch = await mintEpoch(store);
await store.close();
process.stdout.write(`new epoch ${epoch}\n`);
