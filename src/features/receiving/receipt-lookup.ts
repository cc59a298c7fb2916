// Receipts are documents a scan can name: their barcode (or number, typed) resolves to a receipt
// on every screen, offline, from the synced receipts (see registerDocumentLookup).
import { db } from '../../db/database.ts';
import { registerDocumentLookup } from '../../scan/document-lookups.ts';

registerDocumentLookup(async (code) => {
  const receipt =
    (await db.receipts.where('barcode').equals(code).first()) ?? (await db.receipts.get(code));
  return receipt ? { id: receipt.number, type: 'receipt' } : null;
});
