// Which customers an address belongs to, as the dispatcher addresses them: an email compared
// trimmed and lower-cased, a phone in E.164 read in the shop's country, a LINE user id from its
// trait. PostgreSQL narrows the profiles down; addresses.ts, the dispatcher's own rule,
// has the last word, so this never disagrees with what the dispatcher would send to.
import { sql } from 'drizzle-orm';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { queryRows, type Db } from '../../db/connection.js';
import { customersRelation, messageRecipients } from '../customers/index.js';
import { getWorkspace } from '../workspaces/index.js';
import { lineUserIdTrait, recipientsOn } from './addresses.js';
import type { SuppressibleChannel } from './suppressible-channels.js';

function candidates(channel: SuppressibleChannel, address: string) {
  if (channel === 'email') return sql`lower(trim(email)) = ${address}`;
  if (channel === 'line') return sql`traits->>${lineUserIdTrait} = ${address}`;
  // A profile may hold the number the local way (0912 345 678): its digits end with the national number.
  const national = parsePhoneNumberFromString(address)?.nationalNumber ?? address;
  return sql`regexp_replace(coalesce(phone, ''), '\\D', '', 'g') like ${`%${national}`}`;
}

/** The ids of the workspace's profiles the dispatcher would send to `address` (normalised) on `channel`. */
export async function customersWithAddress(
  tx: Db,
  workspaceId: string,
  channel: SuppressibleChannel,
  address: string,
): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select id from ${customersRelation} where workspace_id = ${workspaceId} and ${candidates(channel, address)}`,
  );
  if (rows.length === 0) return [];
  const { timezone } = await getWorkspace(tx, workspaceId);
  const profiles = await messageRecipients(
    tx,
    workspaceId,
    rows.map((row) => row.id),
  );
  return [...profiles.values()]
    .filter((customer) =>
      recipientsOn(channel, customer, [], timezone).some((recipient) => recipient.address === address),
    )
    .map((customer) => customer.id);
}
