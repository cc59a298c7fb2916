// Kysely table types for device keys and served versions (migration 0007-security).

/** A device id is the device's that first signed in with it; the key (sha256 kept) proves it. */
export interface DeviceKeyTable {
  device_id: string;
  key_hash: string;
  /** Who signed in when the key was bound. */
  user_id: string;
  created_at: number;
}

/** The highest feed version the server sent a device for one warehouse. */
export interface DeviceServedTable {
  device_id: string;
  warehouse_id: string;
  version: number;
}

export interface SecurityTables {
  device_keys: DeviceKeyTable;
  device_served: DeviceServedTable;
}
