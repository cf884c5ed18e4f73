import type { Db } from '../../../db/connection.js';
import type { Consumer, LoggedEvent } from '../../events/index.js';
import { customersMergedEvent } from '../../events/index.js';
import { mergedProfiles } from '../challenges/index.js';
import { repointRedemptions } from './queries.js';

async function apply(tx: Db, events: LoggedEvent[]): Promise<void> {
  for (const event of events) {
    const merged = mergedProfiles(event);
    if (merged) await repointRedemptions(tx, event.workspaceId, merged.from, merged.into);
  }
}

/** Redemptions follow a merged profile to the one it merged into (`Customers Merged`). */
export const redemptionsConsumer: Consumer = {
  name: 'loyalty.redemptions',
  reads: { names: [customersMergedEvent], payload: ['properties'] },
  apply,
};
