// Tabs of one device talk over a BroadcastChannel: any tab records ops, one tab syncs. A new
// op or a "sync now" tap in any tab wakes the syncing tab.
type Message = { type: 'op' } | { type: 'sync-now' };

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('floorsync');
const local = new EventTarget();

export function announceNewOp(): void {
  send({ type: 'op' });
}

export function requestSyncNow(): void {
  send({ type: 'sync-now' });
}

function send(msg: Message): void {
  channel?.postMessage(msg);
  // BroadcastChannel does not deliver to the sending tab itself.
  local.dispatchEvent(new CustomEvent('message', { detail: msg }));
}

export function onChannel(fn: (msg: Message) => void): () => void {
  const fromOthers = (e: MessageEvent<Message>) => fn(e.data);
  const fromSelf = (e: Event) => fn((e as CustomEvent<Message>).detail);
  channel?.addEventListener('message', fromOthers);
  local.addEventListener('message', fromSelf);
  return () => {
    channel?.removeEventListener('message', fromOthers);
    local.removeEventListener('message', fromSelf);
  };
}
