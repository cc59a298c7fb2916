// Pick lists are documents a scan can name: their barcode (or number, typed) resolves to a list
// on every screen, offline, from the synced lists (see registerDocumentLookup).
import { db } from '../../db/database.ts';
import { registerDocumentLookup } from '../../scan/resolve-local.ts';

registerDocumentLookup(async (code) => {
  const list =
    (await db.pickLists.where('barcode').equals(code).first()) ?? (await db.pickLists.get(code));
  return list ? { id: list.number, type: 'pickList' } : null;
});
