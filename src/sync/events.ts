// The poke: an EventSource on /api/sync/events; a version newer than base wakes the sync loop.
export function listenForPokes(
  warehouseId: string,
  deviceId: string,
  token: string,
  onVersion: (version: number) => void,
): () => void {
  const query = new URLSearchParams({ warehouseId, deviceId, token });
  const url = `/api/sync/events?${query.toString()}`;
  const source = new EventSource(url);
  source.addEventListener('version', (e) => {
    const data = JSON.parse((e as MessageEvent<string>).data) as { version?: number };
    if (typeof data.version === 'number') onVersion(data.version);
  });
  return () => source.close();
}
