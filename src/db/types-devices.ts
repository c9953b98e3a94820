import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt } from './column-types.ts';

// The devices people registered for the field screens (src/access/devices.ts, migration 20261206_1200).

type MaybeText = ColumnType<string | null, string | null | undefined, string | null>;

export interface DeviceTable {
  id: Generated<string>;
  user_id: string;
  /** The agency of the device's person when it was registered: administrators see their own agency's. */
  agency_id: string;
  /** What the person calls it ("Samsung A14, unit 3"). */
  label: string;
  /** The browser's own description of itself, cut to 200 characters. */
  user_agent: Generated<string>;
  registered_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  revoked_by: MaybeText;
  revoke_reason: MaybeText;
}

export interface DeviceTables {
  devices: DeviceTable;
}
