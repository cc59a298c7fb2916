// Back-office API for master data: items and locations as JSON or CSV. A file with any bad row
// is rejected whole with every bad line and its reason (422 IMPORT_INVALID).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Role } from '#core/roles.ts';
import { authenticate } from '../auth/session.ts';
import { requireRole, requireWarehouse } from '../auth/guard.ts';
import type { Deps } from '../deps.ts';
import { validateItems, writeItems } from '../import/items.ts';
import { validateLocations, writeLocations } from '../import/locations.ts';
import { recordsFrom, type SourceRecord } from '../import/parse-file.ts';
import type { Store, Trx } from '../store/store.ts';

const IMPORT_LIMIT = 20 * 1024 * 1024;
const backOffice = [Role.admin, Role.supervisor];

interface Importer<T> {
  validate(trx: Trx, warehouseId: string, records: SourceRecord[]): Promise<T[]>;
  write(trx: Trx, warehouseId: string, version: number, rows: readonly T[]): Promise<void>;
}

export function adminRoutes(app: FastifyInstance, { store }: Deps): void {
  const mount = <T>(path: string, importer: Importer<T>) =>
    app.post<{ Params: { warehouseId: string } }>(
      `/api/admin/warehouses/:warehouseId/${path}`,
      { bodyLimit: IMPORT_LIMIT },
      async (req) => importFile(store, req, importer),
    );
  mount('items', { validate: validateItems, write: writeItems });
  mount('locations', { validate: validateLocations, write: writeLocations });
}

async function importFile<T>(
  store: Store,
  req: FastifyRequest<{ Params: { warehouseId: string } }>,
  importer: Importer<T>,
) {
  const session = await authenticate(store, req);
  requireRole(session.user, backOffice);
  const { warehouseId } = req.params;
  requireWarehouse(session.user, warehouseId);
  const records = recordsFrom(req.body, req.headers['content-type']);
  // Validate under the warehouse lock, so what was checked is what gets written.
  const { version, imported } = await store.write(async (trx) => {
    const v = await store.nextVersion(trx, warehouseId);
    const rows = await importer.validate(trx, warehouseId, records);
    await importer.write(trx, warehouseId, v, rows);
    return { version: v, imported: rows.length };
  });
  await store.notify(warehouseId, version);
  return { imported, version };
}
