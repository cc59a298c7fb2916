// The poke: an EventSource on /api/sync/events; a version newer than base wakes the sync loop.
export function listenForPokes(
  warehouseId: string,
  token: string,
  onVersion: (version: number) => void,
): () => void {
  const url = `/api/sync/events?warehouseId=${encodeURIComponent(warehouseId)}&token=${encodeURIComponent(token)}`;
  const source = new EventSource(url);
  source.addEventListener('version', (e) => {
    const data = JSON.parse((e as MessageEvent<string>).data) as { version?: number };
    if (typeof data.version === 'number') onVersion(data.version);
  });
  return () => source.close();
}
