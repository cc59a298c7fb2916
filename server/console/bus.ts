// Tells console streams that a device reported (push, pull or heartbeat). Warehouse versions
// already reach every instance through the store; a report bumps no version, so it travels
// here, in process. Consoles on other instances see reports through their stream's poll.
import { EventEmitter } from 'node:events';

export type DeviceListener = (warehouseId: string, deviceId: string) => void;

const events = new EventEmitter();
events.setMaxListeners(0);

/** Called after a push, pull or heartbeat committed: a failing listener never fails its answer. */
export function deviceReported(warehouseId: string, deviceId: string): void {
  for (const fn of events.listeners('device') as DeviceListener[]) {
    try {
      fn(warehouseId, deviceId);
    } catch {
      // a console stream's problem; the device's request already succeeded
    }
  }
}

export function onDeviceReport(fn: DeviceListener): () => void {
  events.on('device', fn);
  return () => events.off('device', fn);
}
