// npm run admin:first -- --username li.ming --name "Li Ming" --warehouse SH1 --warehouse-name "Shanghai one"
// Creates the first administrator of an empty site from the server's shell, the same way the
// one-time set-up screen does (same checks, audited, refused once any admin exists). The password
// is read from standard input (not echoed on a terminal), never from the command line, so it
// stays out of shell history and off the screen.
import { parseArgs } from 'node:util';
import { setupSchema } from '#core/admin.ts';
import { setUpFirstAdmin } from '../admin/setup.ts';
import { readConfig } from '../config.ts';
import { ApiError } from '../http/api-error.ts';
import { openStore } from '../store/open.ts';
import { readSecret } from './read-secret.ts';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    warehouse: { type: 'string' },
    'warehouse-name': { type: 'string' },
  },
});

const password = await readSecret('password for the first admin (not shown): ');

const parsed = setupSchema.safeParse({
  username: values.username,
  name: values.name,
  password,
  warehouseId: values.warehouse,
  warehouseName: values['warehouse-name'],
});
if (!parsed.success) {
  process.stderr.write(`refused: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}\n`);
  process.exit(2);
}

const store = await openStore(readConfig());
try {
  const { id } = await setUpFirstAdmin(store, parsed.data);
  process.stdout.write(`first admin ${parsed.data.username} created (${id})\n`);
} catch (e) {
  if (!(e instanceof ApiError)) throw e;
  process.stderr.write(`refused: ${e.code} ${e.message}\n`);
  process.exitCode = 1;
} finally {
  await store.close();
}
