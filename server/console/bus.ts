// Tells console streams that a device reported (push, pull or heartbeat). Warehouse versions
// already reach every instance through the store; a report bumps no version, so it travels
// here, in process. Consoles on other instances see reports through their stream's poll.
import { EventEmitter } from 'node:events';

export type DeviceListener = (warehouseId: string, deviceId: string) => void;

const events = new EventEmitter();
events.setMaxListeners(0);

export function deviceReported(warehouseId: string, deviceId: string): void {
  events.emit('device', warehouseId, deviceId);
}

export function onDeviceReport(fn: DeviceListener): () => void {
  events.on('device', fn);
  return () => events.off('device', fn);
}
