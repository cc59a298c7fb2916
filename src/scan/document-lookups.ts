// How floor tasks make their documents (receipts, pick lists...) findable by barcode. Kept apart
// from resolve-local.ts so a task can register at start-up without loading barcode interpretation.

export type DocumentLookup = (code: string) => Promise<{ id: string; type: string } | null>;

export const documentLookups: DocumentLookup[] = [];

/** Floor tasks register how their documents (receipts, pick lists...) are found by barcode. */
export function registerDocumentLookup(fn: DocumentLookup): void {
  documentLookups.push(fn);
}
