import { customType } from 'drizzle-orm/pg-core';

/**
 * The id of the transaction that wrote a row (`pg_current_xact_id()`). Consumers read only rows
 * whose transaction is older than every transaction still running (`pg_snapshot_xmin`), so a
 * slow writer can never commit "behind" a consumer's cursor and be skipped.
 */
export const transactionId = customType<{ data: string; driverData: string }>({
  dataType: () => 'xid8',
});
