// A new device's identity for tests that sign in over HTTP: an id and the key that proves it,
// as the app makes them on first start. Sync requests are refused for any other device id.
import { randomBytes, randomUUID } from 'node:crypto';

export const newDeviceCredentials = (): { deviceId: string; deviceKey: string } => ({
  deviceId: `sim-${randomUUID()}`,
  deviceKey: randomBytes(32).toString('base64url'),
});
